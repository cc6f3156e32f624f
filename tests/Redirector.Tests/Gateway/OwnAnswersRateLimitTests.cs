using System.Net;

namespace Redirector.Tests.Gateway;

/// <summary>
/// The door's own answers that cost it work (the landing page and its form, /api/ids, the page of choices for many
/// ids) are limited per client, with a page in the reader's language for browsers and problem+json for programs;
/// plain paper redirects are not limited, nor do the door's pages use up a client's requests to the site.
/// </summary>
public sealed class OwnAnswersRateLimitTests
{
    private const int Burst = 3;

    public static TheoryData<string> Answers => new()
    {
        "landing",
        "form",
        "form by GET",
        "api",
        "choices",
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Beyond_the_burst_the_doors_own_answers_get_429_with_retry_after(string answer)
    {
        await using var gateway = await Limited();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3 * Burst; i++)
        {
            responses.Add(await gateway.Client.SendAsync(Request(answer)));
        }

        // The bucket refills one a second: later requests may find a token, the first Burst always do.
        var first = responses.FindIndex(response => response.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(first >= Burst, $"request {first + 1} was refused, within the burst of {Burst}");
        Assert.All(responses.Take(Burst), response => Assert.True(response.IsSuccessStatusCode || (int)response.StatusCode is 300 or 302, $"{answer} answered {response.StatusCode}"));
        var limited = responses[first];
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("en", "Too many requests")]
    [InlineData("zh-CN", "请求过于频繁")]
    public async Task A_browser_that_sent_too_many_gets_a_page_in_its_language(string language, string heading)
    {
        await using var gateway = await Limited();

        var response = await UntilRefusedAsync(() =>
        {
            var request = Request("form");
            request.Headers.Accept.ParseAdd("text/html");
            request.Headers.AcceptLanguage.ParseAdd(language);
            return gateway.Client.SendAsync(request);
        });

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Redirects_and_the_site_stay_open_to_a_client_the_doors_pages_refuse()
    {
        await using var gateway = await Limited();
        await UntilRefusedAsync(() => gateway.Client.SendAsync(Request("api")));

        for (var i = 0; i < 3 * Burst; i++)
        {
            var redirect = await gateway.Client.GetAsync(new Uri($"/arXiv:2401.{i + 1:D5}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Each_client_behind_a_trusted_proxy_has_its_own_allowance()
    {
        await using var gateway = await Limited(("Redirector:TrustedProxies:0", "127.0.0.1"));

        Task<HttpResponseMessage> AsClient(string address)
        {
            var request = Request("api");
            request.Headers.Add("X-Forwarded-For", address);
            return gateway.Client.SendAsync(request);
        }

        await UntilRefusedAsync(() => AsClient("203.0.113.1"));

        Assert.Equal(HttpStatusCode.OK, (await AsClient("203.0.113.2")).StatusCode);
    }

    // Three bursts' worth at most: the bucket refills one a second, far slower than these requests go.
    private static async Task<HttpResponseMessage> UntilRefusedAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var i = 0; i < 3 * Burst; i++)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }
        }

        Assert.Fail($"{3 * Burst} requests in a row were all answered; the burst is {Burst}.");
        return null!;
    }

    private static Task<GatewayHost> Limited(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Redirector:RateLimit:PerSecond"] = "1",
            ["Redirector:MaxIds"] = "2",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return GatewayHost.StartAsync(settings);
    }

    private static HttpRequestMessage Request(string answer) => answer switch
    {
        "landing" => new HttpRequestMessage(HttpMethod.Get, "/redirector"),
        "form" => new HttpRequestMessage(HttpMethod.Post, "/redirector/go")
        {
            Content = new FormUrlEncodedContent([new("q", "2401.00001 2401.00002 2401.00003")]),
        },
        "form by GET" => new HttpRequestMessage(HttpMethod.Get, "/redirector/go?q=2401.00001"),
        "api" => new HttpRequestMessage(HttpMethod.Get, "/api/ids?q=2401.00001"),
        // Three ids, two to a page: a page of choices, not a redirect.
        "choices" => new HttpRequestMessage(HttpMethod.Get, "/2401.00001,2401.00002,2401.00003"),
        _ => throw new ArgumentOutOfRangeException(nameof(answer)),
    };
}
