using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Redirector.Tests.Gateway;

namespace Redirector.Tests.Service;

/// <summary>
/// A browser is never shown problem+json or an empty error: every answer it can get is a page that says what happened
/// and what to do. Programs keep problem+json.
/// </summary>
public sealed class BrowserAnswerTests : IClassFixture<RedirectorFactory>
{
    private const string Target = RedirectorFactory.DefaultTarget;

    private readonly HttpClient _client;

    public BrowserAnswerTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Fact]
    public async Task Arxiv_and_conference_ids_together_get_a_page_offering_both_in_reading_order()
    {
        var response = await SendAsync(HttpMethod.Get, "/see%20LcF-EEt8cCC@OpenReview%20and%20arXiv:2401.12345%20and%202312.00001");

        Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
        var page = await PageAsync(response);
        Assert.Equal("Papers on several pages", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            new[] { Target + "/venue/LcF-EEt8cCC@OpenReview", Target + "/arxiv/2401.12345,2312.00001" },
            page.QuerySelectorAll("a.paper-page").Select(a => a.GetAttribute("href")).ToArray());
    }

    [Fact]
    public async Task A_pasted_reference_list_of_ten_kilobytes_opens_one_page_with_every_id()
    {
        var ids = Enumerable.Range(1, 40).Select(n => $"24{(n % 12) + 1:D2}.{n * 37:D5}").ToArray();
        var list = new StringBuilder();
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            list.Append('[').Append(index + 1).Append("] A. Author, B. Author and C. Author. A study of something important, part ")
                .Append(index).Append(". arXiv preprint arXiv:").Append(id).Append(", 2024. Also in Proceedings of a Conference, pages 1-12.\n");
            list.Append(new string(' ', 120)).Append('\n');
        }

        Assert.InRange(Encoding.UTF8.GetByteCount(list.ToString()), 10_000, 20_000);
        var response = await PostFormAsync(list.ToString());

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(Target + "/arxiv/" + string.Join(',', ids), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_form_with_more_than_a_page_of_ids_lists_every_page()
    {
        var ids = Enumerable.Range(1, 120).Select(n => $"2401.{n:D5}");
        var response = await PostFormAsync(string.Join('\n', ids));

        Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
        var page = await PageAsync(response);
        Assert.Equal(3, page.QuerySelectorAll("a.paper-page").Length);
        Assert.Contains("120", page.QuerySelector("p")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ", HttpStatusCode.BadRequest, "Nothing to look up")]
    [InlineData("", HttpStatusCode.BadRequest, "Nothing to look up")]
    public async Task An_empty_form_gets_a_page_not_raw_json(string text, HttpStatusCode status, string heading)
    {
        var response = await PostFormAsync(text);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(heading, (await PageAsync(response)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_form_over_the_limit_gets_a_413_page_that_says_the_limit()
    {
        var response = await PostFormAsync(new string('x', 65_537));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await PageAsync(response);
        Assert.Equal("The text is too long", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("65536", page.QuerySelector("p")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/redirector/go?q=%20%20", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/x", HttpStatusCode.NotFound)]
    [InlineData("POST", "/2401.12345", HttpStatusCode.MethodNotAllowed)]
    public async Task Errors_a_browser_can_meet_are_pages(string method, string path, HttpStatusCode status)
    {
        var response = await SendAsync(new HttpMethod(method), path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await PageAsync(response)).QuerySelector("h1"));
    }

    [Fact]
    public async Task An_address_over_the_input_limit_gets_a_414_page_pointing_to_the_box()
    {
        var response = await SendAsync(HttpMethod.Get, "/" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var page = await PageAsync(response);
        Assert.Equal("The address is too long", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("4096", page.QuerySelector("p")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Programs_still_get_problem_json()
    {
        var response = await _client.GetAsync(new Uri("/" + new string('a', 5000), UriKind.Relative));

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(4096, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task The_pages_have_an_icon()
    {
        var icon = await _client.GetAsync(new Uri("/redirector/icon.png", UriKind.Relative));
        var favicon = await _client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var landing = await PageAsync(await SendAsync(HttpMethod.Get, "/"));

        Assert.Equal("image/png", icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await icon.Content.ReadAsByteArrayAsync(), await favicon.Content.ReadAsByteArrayAsync());
        Assert.Equal("/redirector/icon.png", landing.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Api_lists_every_page_the_ids_need()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/ids?q=2401.12345%20X1@OpenReview", UriKind.Relative));

        Assert.Equal(Target + "/arxiv/2401.12345", body.GetProperty("url").GetString());
        Assert.Equal(
            new[] { Target + "/arxiv/2401.12345", Target + "/venue/X1@OpenReview" },
            body.GetProperty("urls").EnumerateArray().Select(url => url.GetString()).ToArray());
    }

    [Fact]
    public async Task The_door_answers_a_browser_that_is_over_its_rate_limit_with_a_page()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = "1",
            ["Redirector:RateLimit:PerSecond"] = "1",
        });
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 5 && limited is null; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
            request.Headers.Accept.ParseAdd("text/html");
            var response = await gateway.Client.SendAsync(request);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(limited);
        Assert.Equal("text/html", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Too many requests", (await PageAsync(limited)).QuerySelector("h1")?.TextContent);
        Assert.True(limited.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task A_pasted_text_that_starts_with_a_site_address_keeps_every_id_in_it()
    {
        var response = await PostFormAsync("https://papers.cool/arxiv/cs.AI lists 2401.12345 and hep-th/9901001 today");

        Assert.Equal(Target + "/arxiv/2401.12345,hep-th/9901001", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_site_address_naming_both_kinds_offers_both_pages()
    {
        var response = await SendAsync(HttpMethod.Get, "/https://papers.cool/arxiv/2401.12345,X1@OpenReview");

        Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
        Assert.Equal(2, (await PageAsync(response)).QuerySelectorAll("a.paper-page").Length);
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json")]
    public async Task A_body_that_is_not_the_forms_gets_a_415_never_a_500(string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/redirector/go")
        {
            Content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\n2401.12345\r\n--x--\r\n"),
        };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return await _client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostFormAsync(string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/redirector/go")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("q", text)]),
        };
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return await _client.SendAsync(request);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
