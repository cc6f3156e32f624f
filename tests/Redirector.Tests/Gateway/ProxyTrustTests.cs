using System.Net;

namespace Redirector.Tests.Gateway;

/// <summary>
/// Whose X-Forwarded-For the door believes decides the client's rate-limit bucket and the address the site sees.
/// Exactly the configured proxies are believed, loopback included: nobody else can choose either.
/// </summary>
public sealed class ProxyTrustTests
{
    [Fact]
    public async Task A_loopback_client_that_is_not_a_listed_proxy_cannot_choose_its_address_or_its_bucket()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = "1",
            ["Redirector:RateLimit:PerSecond"] = "1",
            ["Redirector:TrustedProxies:0"] = "10.0.0.5",
        });

        var first = await GetAsAsync(gateway, "203.0.113.1");
        var second = await GetAsAsync(gateway, "203.0.113.2");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.TooManyRequests, second);
        Assert.Equal("127.0.0.1", Assert.Single(gateway.Upstream.Received).Headers["X-Forwarded-For"]);
    }

    [Fact]
    public async Task Without_trusted_proxies_forwarded_headers_from_anyone_are_ignored()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        await gateway.Client.SendAsync(request);

        var received = gateway.Upstream.Received.Last();
        Assert.Equal("127.0.0.1", received.Headers["X-Forwarded-For"]);
        Assert.Equal("http", received.Headers["X-Forwarded-Proto"]);
    }

    [Fact]
    public async Task Through_a_chain_of_listed_proxies_the_client_is_the_nearest_unlisted_address()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:TrustedProxies:0"] = "127.0.0.1",
            ["Redirector:TrustedProxies:1"] = "10.0.0.0/8",
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");

        // The client claims 198.51.100.1 itself; the load balancer 10.0.0.5 saw it come from 203.0.113.9.
        request.Headers.Add("X-Forwarded-For", "198.51.100.1, 203.0.113.9, 10.0.0.5");
        request.Headers.Add("X-Forwarded-Proto", "https");

        await gateway.Client.SendAsync(request);

        var received = gateway.Upstream.Received.Last();
        Assert.Equal("203.0.113.9", received.Headers["X-Forwarded-For"]);
        Assert.Equal("https", received.Headers["X-Forwarded-Proto"]);
    }

    private static async Task<HttpStatusCode> GetAsAsync(GatewayHost gateway, string claimedClient)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Add("X-Forwarded-For", claimedClient);
        return (await gateway.Client.SendAsync(request)).StatusCode;
    }
}
