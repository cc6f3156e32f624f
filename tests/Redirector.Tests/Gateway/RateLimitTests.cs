using System.Net;
using Redirector.Tests.Service;

namespace Redirector.Tests.Gateway;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Forwarded_requests_beyond_the_burst_get_429_with_retry_after_while_redirects_stay_unlimited()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = "3",
            ["Redirector:RateLimit:PerSecond"] = "1",
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative))).StatusCode);
        }

        var limited = await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, gateway.Upstream.Received.Count);

        for (var i = 0; i < 20; i++)
        {
            var redirect = await gateway.Client.GetAsync(new Uri($"/arXiv:2401.{i + 1:D5}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        }
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_bucket()
    {
        // The test client connects from loopback, so it plays the proxy here and is listed as one.
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = "1",
            ["Redirector:RateLimit:PerSecond"] = "1",
            ["Redirector:TrustedProxies:0"] = "127.0.0.1",
        });

        async Task<HttpStatusCode> GetAs(string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
            request.Headers.Add("X-Forwarded-For", client);
            return (await gateway.Client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await GetAs("203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await GetAs("203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAs("203.0.113.1"));
        Assert.Equal("203.0.113.2", gateway.Upstream.Received.Last().Headers["X-Forwarded-For"]);
    }
}
