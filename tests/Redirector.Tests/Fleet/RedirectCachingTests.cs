using System.Net;
using Redirector.Tests.Gateway;
using Redirector.Tests.Service;

namespace Redirector.Tests.Fleet;

/// <summary>
/// A redirect is a pure function of the request and the configuration, so browsers and CDNs may answer repeats
/// themselves, for a bounded time: a 302 with an explicit lifetime, not a permanent redirect cached without end.
/// </summary>
public sealed class RedirectCachingTests
{
    [Theory]
    [InlineData("/https://arxiv.org/abs/2401.12345v2")]
    [InlineData("/arXiv:2401.12345")]
    [InlineData("/https://papers.cool/venue/ICML.2025")]
    [InlineData("/redirector/go?q=2401.12345")]
    [InlineData("/arxiv/cs.AI")]
    public async Task Every_redirect_may_be_cached_an_hour_by_browsers_and_a_day_by_shared_caches(string path)
    {
        using var factory = new RedirectorFactory();
        var response = await factory.CreateNonRedirectingClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("public, max-age=3600, s-maxage=86400", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_lifetimes_are_configurable()
    {
        using var factory = RedirectorFactory.With(new Dictionary<string, string?>
        {
            ["Redirector:RedirectCache:MaxAge"] = "00:05:00",
            ["Redirector:RedirectCache:SharedMaxAge"] = "7.00:00:00",
        });
        var response = await factory.CreateNonRedirectingClient().GetAsync(new Uri("/2401.12345", UriKind.Relative));

        Assert.Equal("public, max-age=300, s-maxage=604800", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_page_without_a_paper_is_not_made_cacheable()
    {
        using var factory = new RedirectorFactory();
        var response = await factory.CreateNonRedirectingClient().GetAsync(new Uri("/no-paper-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task In_gateway_mode_the_sites_own_caching_is_passed_on_unchanged()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var page = await gateway.Client.GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative));
        var redirect = await gateway.Client.GetAsync(new Uri("/arxiv/arXiv:2401.12345v2", UriKind.Relative));

        Assert.Equal("public, max-age=60", page.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("public, max-age=3600, s-maxage=86400", redirect.Headers.CacheControl?.ToString());
    }
}
