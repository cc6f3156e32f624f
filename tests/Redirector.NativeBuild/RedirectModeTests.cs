using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Redirector.NativeBuild;

/// <summary>One native service in redirect mode, shared by the tests of a class: they only read from it.</summary>
public sealed class RedirectModeService : IAsyncLifetime
{
    private NativeService? _service;

    public NativeService Service => _service!;

    public async Task InitializeAsync() => _service = await NativeService.StartAsync();

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}

/// <summary>
/// The native binary answers as the framework-dependent build does: redirects, the pages in English and Chinese (the
/// resources at work, and the reader's language chosen without culture data), problem+json with its extensions for programs, and the JSON of /api/ids and /readyz.
/// JSON is written without reflection there, so a type left out of the generated contracts fails only here, at run time.
/// </summary>
public sealed class RedirectModeTests(RedirectModeService fixture) : IClassFixture<RedirectModeService>
{
    private HttpClient Client => fixture.Service.Client;

    [Theory]
    [InlineData("/https://arxiv.org/abs/2401.12345v2", "https://papers.cool/arxiv/2401.12345")]
    [InlineData("/https://doi.org/10.48550/arXiv.2401.12345", "https://papers.cool/arxiv/2401.12345")]
    [InlineData("/https://openreview.net/forum?id=LcF-EEt8cCC&referrer=x", "https://papers.cool/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData("/https://aclanthology.org/2023.acl-long.1/", "https://papers.cool/venue/2023.acl-long.1@ACL")]
    [InlineData("/https://proceedings.mlr.press/v202/chen23a/chen23a.pdf", "https://papers.cool/venue/chen23a@v202@PMLR")]
    [InlineData("/hep-th/9901001", "https://papers.cool/arxiv/hep-th/9901001")]
    public async Task Paper_addresses_redirect_to_their_page_on_the_site(string path, string location)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("en", "en", "No paper id found")]
    [InlineData("zh-CN", "zh-CN", "没有找到论文编号")]
    // Traditional Chinese falls back to the Simplified text, and the page says which it is.
    [InlineData("zh-TW,zh;q=0.8", "zh-CN", "没有找到论文编号")]
    public async Task A_reader_without_a_paper_id_gets_a_404_page_in_their_language(string acceptLanguage, string lang, string heading)
    {
        var response = await SendAsync("/nothing-here", "text/html", acceptLanguage);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"lang=\"{lang}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_gets_problem_json_naming_the_input_and_a_search()
    {
        var problem = await ProblemAsync("/nothing-here", HttpStatusCode.NotFound);

        Assert.Equal("No paper id found", problem.GetProperty("title").GetString());
        Assert.Equal("nothing-here", problem.GetProperty("input").GetString());
        Assert.StartsWith("https://papers.cool/arxiv/search?", problem.GetProperty("search").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publisher_the_site_never_collects_is_named_in_problem_json()
    {
        var problem = await ProblemAsync("/https://dl.acm.org/doi/10.1145/3292500.3330701", HttpStatusCode.NotFound);

        Assert.Equal("dl.acm.org", problem.GetProperty("publisher").GetString());
        Assert.Equal("https://dl.acm.org/doi/10.1145/3292500.3330701", problem.GetProperty("input").GetString());
    }

    [Fact]
    public async Task More_ids_than_a_page_holds_get_300_with_every_page_listed()
    {
        var ids = string.Join(' ', Enumerable.Range(1, 60).Select(n => $"2401.{n:00000}"));

        var problem = await ProblemAsync("/" + Uri.EscapeDataString(ids), HttpStatusCode.MultipleChoices);

        Assert.Equal(60, problem.GetProperty("ids").GetInt32());
        var urls = problem.GetProperty("urls").EnumerateArray().Select(url => url.GetString()).ToArray();
        Assert.Equal(2, urls.Length);
        Assert.All(urls, url => Assert.StartsWith("https://papers.cool/arxiv/2401.", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_long_an_input_gets_414_with_the_limit()
    {
        var problem = await ProblemAsync("/" + new string('a', 5000), HttpStatusCode.RequestUriTooLong);

        Assert.Equal(4096, problem.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task The_ids_api_lists_each_id_with_its_page()
    {
        var response = await Client.GetAsync(new Uri("/api/ids?q=" + Uri.EscapeDataString("see arXiv:2401.12345v2 and https://openreview.net/forum?id=LcF-EEt8cCC"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("ids").EnumerateArray().ToArray();
        Assert.Equal("arxiv 2401.12345 https://papers.cool/arxiv/2401.12345", Fields(ids[0], "source", "id", "url"));
        Assert.Equal("https://papers.cool/venue/LcF-EEt8cCC@OpenReview", ids[1].GetProperty("url").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("urls").GetArrayLength());
    }

    [Fact]
    public async Task Liveness_says_healthy_and_readiness_lists_its_checks_as_json()
    {
        var live = await Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());

        var ready = await Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("draining").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("en", "<h1>Cool Papers Redirector</h1>")]
    [InlineData("zh-CN", "<h1>Cool Papers 论文直达</h1>")]
    public async Task The_landing_page_has_its_form_and_bookmarklet_in_the_readers_language(string acceptLanguage, string text)
    {
        var response = await SendAsync("/", "text/html", acceptLanguage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(text, page, StringComparison.Ordinal);
        Assert.Contains("<form", page, StringComparison.Ordinal);
        Assert.Contains("method=\"post\"", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("javascript:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_landing_forms_pasted_text_redirects_to_its_papers()
    {
        using var form = new FormUrlEncodedContent([new("q", "see 2401.12345 and arXiv:2312.00001v3")]);

        var response = await Client.PostAsync(new Uri("/redirector/go", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("https://papers.cool/arxiv/2401.12345,2312.00001", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_pages_icon_is_served()
    {
        var response = await Client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string accept, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await Client.SendAsync(request);
    }

    private async Task<JsonElement> ProblemAsync(string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(status == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private static string Fields(JsonElement element, params string[] names) => string.Join(' ', names.Select(name => element.GetProperty(name).GetString()));
}
