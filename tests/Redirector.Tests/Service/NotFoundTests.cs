using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Redirector.Tests.Service;

public sealed class NotFoundTests : IClassFixture<RedirectorFactory>
{
    private readonly HttpClient _client;

    public NotFoundTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Fact]
    public async Task Browsers_get_a_page_that_explains_and_offers_a_search()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/https://example.com/attention-is-all-you-need");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("No paper id found", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("https://example.com/attention-is-all-you-need", page.QuerySelector("code")?.TextContent, StringComparison.Ordinal);
        var search = new Uri(page.QuerySelector("a#search")!.GetAttribute("href")!);
        Assert.Equal("papers.cool", search.Host);
        Assert.Equal("/arxiv/search", search.AbsolutePath);
        Assert.Contains("query=attention%20is%20all%20you%20need", search.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_the_input_is_shown_encoded_never_raw()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/%3Cscript%3Ealert(1)%3C/script%3E%22%3E%3Cimg%20src=x%20onerror=alert(2)%3E");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("code")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_clients_get_problem_json_with_the_input()
    {
        var response = await _client.GetAsync(new Uri("/no-paper-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("No paper id found", problem.GetProperty("title").GetString());
        Assert.Equal("no-paper-here", problem.GetProperty("input").GetString());
    }

    [Theory]
    [InlineData("/10.1049/el.2013.3006")]
    [InlineData("/2401.123456")]
    [InlineData("/%D9%A2%D9%A4%D9%A0%D9%A1.%D9%A1%D9%A2%D9%A3%D9%A4%D9%A5")]
    [InlineData("/hep-th/9106001")]
    [InlineData("/https://openreview.net/forum?noteId=abc")]
    public async Task Look_alikes_are_not_papers(string request)
    {
        var response = await _client.GetAsync(new Uri(request, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
