using System.Net;
using System.Text.Json;

namespace Redirector.Tests.Service;

/// <summary>No input may move a redirect off the configured origin, inject headers, or cause a 5xx.</summary>
public sealed class SecurityTests : IClassFixture<RedirectorFactory>
{
    private readonly HttpClient _client;

    public SecurityTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    public static TheoryData<string> Attacks() =>
    [
        "//evil.example",
        "//evil.example/2401.12345",
        "/\\evil.example",
        "/%2F%2Fevil.example",
        "/%5C%5Cevil.example",
        "/https:evil.example",
        "/https://evil.example/abs/2401.12345",
        "/https://2401.12345@evil.example/",
        "/arxiv//evil.example",
        "/arxiv/%2F%2Fevil.example",
        "/arxiv/%5Cevil.example",
        "/arxiv/..%2F..%2F%2Fevil.example",
        "/arxiv/cs.AI%0D%0ALocation:%20https://evil.example",
        "/arxiv/search?query=%0D%0ASet-Cookie:%20a=b",
        "/arxiv/search?query=x%0d%0aLocation:https://evil.example",
        "/venue/%2F%2Fevil.example",
        "/venue/@evil.example",
        "/arxiv/https://evil.example%2F2401.12345",
        "/arxiv/%E2%80%AE%EF%BC%8F%EF%BC%8Fevil.example",
        "/arxiv/search?query=%EF%BC%8F%EF%BC%8Fevil",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Redirects_never_leave_the_target(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        HttpAssert.SafeAnswer(response, RedirectorFactory.DefaultTarget, path);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/2401.12345")]
    [InlineData("/arxiv/cs.AI")]
    public async Task The_host_header_is_never_used_to_build_locations(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        var response = await _client.SendAsync(request);

        Assert.StartsWith("https://papers.cool/", HttpAssert.RedirectLocation(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_beyond_the_length_limit_is_a_414()
    {
        var response = await _client.GetAsync(new Uri("/" + new string('a', 4100) + "2401.12345", UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task More_ids_than_a_page_holds_are_split_over_pages_and_none_is_left_out()
    {
        var ids = Enumerable.Range(1, 51).Select(n => $"2401.{n:D5}").ToArray();
        var response = await _client.GetAsync(new Uri("/" + string.Join(',', ids), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("50", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(51, problem.GetProperty("ids").GetInt32());
        var urls = problem.GetProperty("urls").EnumerateArray().Select(url => url.GetString()!).ToArray();
        Assert.Equal(
            new[] { "https://papers.cool/arxiv/" + string.Join(',', ids[..50]), "https://papers.cool/arxiv/" + ids[50] },
            urls);
    }

    [Fact]
    public async Task Exactly_the_limit_of_ids_redirects()
    {
        var ids = Enumerable.Range(1, 50).Select(n => $"2401.{n:D5}").ToArray();
        var response = await _client.GetAsync(new Uri("/" + string.Join(',', ids), UriKind.Relative));

        Assert.Equal("https://papers.cool/arxiv/" + string.Join(',', ids), HttpAssert.RedirectLocation(response));
    }
}
