using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Redirector.Endpoints;
using Redirector.Redirects;
using Redirector.Tests.PaperIds;

namespace Redirector.Tests.Service;

/// <summary>
/// The plain-redirect path answers only what the endpoints' full handlers would answer with the same 302: for every
/// vector and for seeded random inputs, as a URL prefix and under the site's own sections, whatever it answers is
/// compared with the full handler's answer to the same request, and the full handler is what answers the rest.
/// </summary>
public sealed class PlainRedirectTests : IClassFixture<RedirectorFactory>
{
    private const int RandomCases = 4000;

    private readonly RedirectorFactory _factory;
    private readonly IServiceProvider _services;
    private readonly PlainRedirects _plain;
    private readonly PaperResponses _responses;
    private readonly ISitePages _site;

    public PlainRedirectTests(RedirectorFactory factory)
    {
        _factory = factory;
        _services = factory.Services;
        _plain = _services.GetRequiredService<PlainRedirects>();
        _responses = _services.GetRequiredService<PaperResponses>();
        _site = _services.GetRequiredService<ISitePages>();
    }

    public static TheoryData<string> Sections() => ["", "/arxiv", "/venue"];

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Every_plain_redirect_is_the_full_handlers_redirect(string section)
    {
        var seed = RandomInputs.SeedOr(20261129);
        var random = new RandomInputs(seed);
        var vectors = Vectors.ExtractInputs();
        var inputs = vectors.Concat(Enumerable.Range(0, RandomCases).Select(_ => random.Next(vectors))).ToList();
        var answered = 0;
        foreach (var input in inputs)
        {
            var fast = Request(section, input);
            var tookIt = section.Length == 0 ? _plain.TryAnswerPrefix(fast) : _plain.TryAnswerSitePath(fast);
            if (!tookIt)
            {
                Assert.False(fast.Response.HasStarted);
                Assert.Equal(StatusCodes.Status200OK, fast.Response.StatusCode);
                continue;
            }

            answered++;
            var full = Request(section, input);
            var result = section.Length == 0 ? PaperEndpoints.Prefix(full, _responses, _site) : PaperEndpoints.SitePath(full, _responses, _site);
            await result.ExecuteAsync(full);
            var because = $"section '{section}', input '{input}' (seed {seed})";
            Assert.True(full.Response.StatusCode == fast.Response.StatusCode, because);
            Assert.True(full.Response.Headers.Location == fast.Response.Headers.Location, $"{because}: {fast.Response.Headers.Location} vs {full.Response.Headers.Location}");
            Assert.True(full.Response.Headers.CacheControl == fast.Response.Headers.CacheControl, because);
        }

        // Most vectors name papers: a plain path that answered nothing would pass the comparison above vacuously.
        Assert.True(answered > vectors.Count / 4, $"the plain path answered only {answered} of {inputs.Count} requests");
    }

    [Fact]
    public void A_typical_address_is_answered_with_one_302_to_its_paper()
    {
        var context = Request(string.Empty, "https://arxiv.org/abs/2401.12345v2");

        Assert.True(_plain.TryAnswerPrefix(context));
        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.Equal("https://papers.cool/arxiv/2401.12345", context.Response.Headers.Location);
    }

    [Theory]
    [InlineData("", "nothing to see here")]
    [InlineData("", "https://papers.cool/venue/ICML.2025")]
    [InlineData("", "2401.12345 and LcF-EEt8cCC@OpenReview")]
    [InlineData("/arxiv", "cs.AI")]
    public void What_is_not_a_plain_redirect_is_left_to_the_full_handler(string section, string input)
    {
        var context = Request(section, input);

        Assert.False(section.Length == 0 ? _plain.TryAnswerPrefix(context) : _plain.TryAnswerSitePath(context));
        Assert.False(context.Response.Headers.ContainsKey("Location"));
    }

    [Fact]
    public void Every_endpoint_but_the_paper_endpoints_has_a_fixed_path()
    {
        // Plain redirects are answered before routing, for any path that is not one of the fixed ones: an endpoint
        // with route parameters of its own would be shadowed.
        var parameterised = _services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.Parameters.Count > 0)
            .Select(endpoint => endpoint.RoutePattern.RawText)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["/arxiv/{**rest}", "/venue/{**rest}", "/{**input}"], parameterised);
    }

    [Theory]
    [InlineData("/api/ids?q=https://arxiv.org/abs/2401.12345v2")]
    [InlineData("/API/IDS/?q=2401.12345")]
    public async Task A_fixed_path_with_an_id_in_its_query_is_its_own_endpoints(string url)
    {
        using var client = _factory.CreateNonRedirectingClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"urls\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/arxiv?id=2401.12345", "https://papers.cool/arxiv?id=2401.12345")]
    [InlineData("/VENUE?q=LcF-EEt8cCC@OpenReview", "https://papers.cool/VENUE?q=LcF-EEt8cCC@OpenReview")]
    [InlineData("/Arxiv/2401.12345v2?x=1", "https://papers.cool/arxiv/2401.12345")]
    [InlineData("/arxiv.org/abs/2401.12345", "https://papers.cool/arxiv/2401.12345")]
    public async Task A_section_of_the_site_is_answered_as_the_section_not_as_a_url(string url, string location)
    {
        // Routing gives the bare /arxiv and /venue to their sections' catch-alls, which pass such a path and its query
        // on to the site; read as a URL prefix, the query would have named a paper.
        using var client = _factory.CreateNonRedirectingClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(location, HttpAssert.RedirectLocation(response));
    }

    private DefaultHttpContext Request(string section, string input)
    {
        var query = section.Length == 0 ? input.IndexOf('?', StringComparison.Ordinal) : -1;
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = new PathString(section + "/" + (query < 0 ? input : input[..query]));
        if (query >= 0)
        {
            context.Request.QueryString = new QueryString(input[query..]);
        }

        context.Response.Body = new MemoryStream();
        return context;
    }
}
