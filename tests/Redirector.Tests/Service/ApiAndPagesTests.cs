using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Redirector.Tests.PaperIds;

namespace Redirector.Tests.Service;

public sealed class ApiAndPagesTests : IClassFixture<RedirectorFactory>
{
    private readonly HttpClient _client;

    public ApiAndPagesTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Fact]
    public async Task Ids_api_lists_source_canonical_id_and_target_url()
    {
        var q = Uri.EscapeDataString("see arXiv:2401.12345v2 and https://openreview.net/forum?id=LcF-EEt8cCC");
        var json = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/ids?q=" + q, UriKind.Relative));

        var ids = json.GetProperty("ids").EnumerateArray().ToArray();
        Assert.Equal(2, ids.Length);
        Assert.Equal("arxiv", ids[0].GetProperty("source").GetString());
        Assert.Equal("2401.12345", ids[0].GetProperty("id").GetString());
        Assert.Equal("https://papers.cool/arxiv/2401.12345", ids[0].GetProperty("url").GetString());
        Assert.Equal("openreview", ids[1].GetProperty("source").GetString());
        Assert.Equal("LcF-EEt8cCC@OpenReview", ids[1].GetProperty("id").GetString());
        Assert.Equal("https://papers.cool/venue/LcF-EEt8cCC@OpenReview", ids[1].GetProperty("url").GetString());
        Assert.Equal("https://papers.cool/arxiv/2401.12345", json.GetProperty("url").GetString());
    }

    [Theory]
    [MemberData(nameof(Vectors.ExtractNonEmpty), MemberType = typeof(Vectors))]
    public async Task Ids_api_agrees_with_every_vector(string input, string[] expected)
    {
        var json = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/ids?q=" + Uri.EscapeDataString(input), UriKind.Relative));

        Assert.Equal(expected, json.GetProperty("ids").EnumerateArray().Select(id => id.GetProperty("id").GetString()).ToArray());
    }

    [Fact]
    public async Task Ids_api_without_input_is_a_400_problem()
    {
        var response = await _client.GetAsync(new Uri("/api/ids", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ids_api_with_nothing_found_is_an_empty_list()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/ids?q=hello", UriKind.Relative));

        Assert.Equal(0, json.GetProperty("ids").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task Health_endpoint_answers_200()
    {
        var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/redirector")]
    public async Task Landing_page_has_the_box_and_a_bookmarklet_allowed_by_its_policy(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var form = page.QuerySelector("form")!;
        Assert.Equal("/redirector/go", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("textarea[name=q]"));
        Assert.NotNull(page.QuerySelector("a#bookmarklet"));
        var script = page.QuerySelector("script")!.TextContent;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"'sha256-{hash}'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_methods_are_refused_with_405()
    {
        var response = await _client.PostAsync(new Uri("/2401.12345", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
