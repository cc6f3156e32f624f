using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Redirector.Tests.Service;

/// <summary>The service on a phone: installable from its pages, and a share target that opens what was shared.</summary>
public sealed class WebAppTests : IClassFixture<RedirectorFactory>
{
    private const string Target = RedirectorFactory.DefaultTarget;
    private readonly HttpClient _client;

    public WebAppTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/redirector")]
    [InlineData("/nothing-that-names-a-paper")]
    [InlineData("/https://dl.acm.org/doi/10.1145/3600006.3613165")]
    [InlineData("/2401.12345,LcF-EEt8cCC@OpenReview")]
    public async Task Every_page_links_the_manifest_and_its_policy_lets_the_browser_fetch_it(string path)
    {
        var response = await SendAsync(path, html: true);

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("/redirector/manifest.webmanifest", page.QuerySelector("link[rel=manifest]")?.GetAttribute("href"));
        Assert.Contains("manifest-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("meta[name=theme-color][media]").Length);
    }

    [Theory]
    [InlineData("en", "Cool Papers Redirector", "Cool Papers")]
    [InlineData("zh-CN", "Cool Papers 论文直达", "论文直达")]
    public async Task The_manifest_names_the_app_in_the_readers_language_and_declares_a_get_share_target(string language, string name, string shortName)
    {
        var response = await SendAsync("/redirector/manifest.webmanifest", language: language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(name, manifest.GetProperty("name").GetString());
        Assert.Equal(shortName, manifest.GetProperty("short_name").GetString());
        Assert.Equal(language == "en" ? "en" : "zh-CN", manifest.GetProperty("lang").GetString());
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        Assert.StartsWith(manifest.GetProperty("scope").GetString()!, manifest.GetProperty("start_url").GetString()!, StringComparison.Ordinal);
        var share = manifest.GetProperty("share_target");
        Assert.Equal("GET", share.GetProperty("method").GetString());
        Assert.StartsWith(manifest.GetProperty("scope").GetString()!, share.GetProperty("action").GetString()!, StringComparison.Ordinal);
        Assert.Equal(["text", "title", "url"], share.GetProperty("params").EnumerateObject().Select(param => param.Name).Order().ToArray());
    }

    [Fact]
    public async Task The_manifests_icons_are_pngs_of_the_sizes_it_claims_one_of_them_maskable()
    {
        var manifest = JsonDocument.Parse(await (await SendAsync("/redirector/manifest.webmanifest")).Content.ReadAsStringAsync()).RootElement;
        var icons = manifest.GetProperty("icons").EnumerateArray().ToArray();
        foreach (var icon in icons)
        {
            var response = await SendAsync(icon.GetProperty("src").GetString()!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var png = await response.Content.ReadAsByteArrayAsync();
            var size = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
            Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
            Assert.Equal($"{size}x{size}", icon.GetProperty("sizes").GetString());
        }

        var sizes = icons.Select(icon => icon.GetProperty("sizes").GetString()).ToArray();
        Assert.Contains("192x192", sizes);
        Assert.Contains("512x512", sizes);
        Assert.Contains(icons, icon => icon.GetProperty("purpose").GetString() == "maskable" && icon.GetProperty("sizes").GetString() == "512x512");
    }

    public static TheoryData<string, string> SharesThatNamePapers => new()
    {
        // Chrome on Android shares a page as its title and its address in the text.
        { "?title=" + Q("[2401.12345] A paper") + "&text=" + Q("https://arxiv.org/abs/2401.12345v2"), "/arxiv/2401.12345" },
        { "?url=" + Q("https://arxiv.org/abs/2401.12345v2"), "/arxiv/2401.12345" },
        // A chat message: words, then the link.
        { "?text=" + Q("Worth a read: https://openreview.net/forum?id=LcF-EEt8cCC"), "/venue/LcF-EEt8cCC@OpenReview" },
        { "?text=" + Q("compare arXiv:2401.12345 with 2312.00001v3"), "/arxiv/2401.12345,2312.00001" },
        // The site's own page is opened there.
        { "?url=" + Q("https://papers.cool/venue/ICML.2025"), "/venue/ICML.2025" },
    };

    [Theory]
    [MemberData(nameof(SharesThatNamePapers))]
    public async Task A_shared_link_or_text_opens_its_papers_as_the_url_prefix_would(string query, string path)
    {
        var response = await SendAsync("/redirector/share" + query, html: true);

        Assert.Equal(Target + path, HttpAssert.RedirectLocation(response));
    }

    [Fact]
    public async Task Papers_of_both_kinds_shared_at_once_get_the_page_to_choose_from()
    {
        var response = await SendAsync("/redirector/share?text=" + Q("2401.12345 and https://openreview.net/forum?id=LcF-EEt8cCC"), html: true);

        Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(Target + "/arxiv/2401.12345", body, StringComparison.Ordinal);
        Assert.Contains(Target + "/venue/LcF-EEt8cCC@OpenReview", body, StringComparison.Ordinal);
    }

    [Theory]
    // Only words: the site's search for them.
    [InlineData("?text=state%20space%20models", "/arxiv/search?highlight=1&query=state%20space%20models")]
    // A page with no id but a title: its title searched, where the site lists that venue among its conferences.
    [InlineData("?title=Attention%20Is%20All%20You%20Need&url=https%3A%2F%2Fproceedings.neurips.cc%2Fpaper_files%2Fpaper%2F2023%2Fhash%2F0123456789abcdef0123456789abcdef-Abstract-Conference.html", "/venue/search?query=Attention%20Is%20All%20You%20Need")]
    // A publisher the site never collects: its title among arXiv's preprints.
    [InlineData("?title=Efficient%20Memory%20Management&text=https%3A%2F%2Fdl.acm.org%2Fdoi%2F10.1145%2F3600006.3613165", "/arxiv/search?highlight=1&query=Efficient%20Memory%20Management")]
    // Markup is searched as words, escaped in the address, never run.
    [InlineData("?title=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/arxiv/search?highlight=1&query=%3Cscript%3Ealert%281%29%3C%2Fscript%3E")]
    public async Task A_share_that_names_no_paper_searches_the_site_for_its_words(string query, string pathAndQuery)
    {
        var response = await SendAsync("/redirector/share" + query, html: true);

        Assert.Equal(Target + pathAndQuery, HttpAssert.RedirectLocation(response));
    }

    [Fact]
    public async Task A_bare_link_that_names_no_paper_gets_the_not_found_page()
    {
        var response = await SendAsync("/redirector/share?url=" + Q("https://example.com/blog/"), html: true);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("en", "Nothing was shared")]
    [InlineData("zh-CN", "没有收到分享的内容")]
    public async Task An_empty_share_gets_a_page_that_says_so_in_the_readers_language(string language, string heading)
    {
        var response = await SendAsync("/redirector/share?title=&text=%20&url=", html: true, language: language);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_share_over_the_forms_limit_is_refused_whole_not_cut()
    {
        var text = string.Join(' ', Enumerable.Range(1, 6000).Select(n => $"2401.{n:D5}"));
        var response = await SendAsync("/redirector/share?text=" + Q(text));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("?url=javascript:alert(1)")]
    [InlineData("?url=%2F%2Fevil.example%2F2401.12345")]
    [InlineData("?text=https%3A%2F%2Fevil.example%2F%0D%0ALocation%3A%20https%3A%2F%2Fevil.example")]
    [InlineData("?title=%E2%80%AE%00")]
    public async Task A_hostile_share_gets_a_safe_answer(string query)
    {
        var response = await SendAsync("/redirector/share" + query, html: true);

        HttpAssert.SafeAnswer(response, Target, query);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, bool html = false, string language = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (html)
        {
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        }

        request.Headers.AcceptLanguage.ParseAdd(language);
        return await _client.SendAsync(request);
    }

    private static string Q(string text) => Uri.EscapeDataString(text);
}
