using System.Net;

namespace Redirector.Tests.Gateway;

/// <summary>
/// One bucket per client, whatever form its address takes: an IPv6 client is its whole network (a /64 unless
/// configured), an IPv4 client written as IPv6 is that IPv4 client, and a scope id names no one.
/// </summary>
public sealed class ClientBucketTests
{
    // Buckets refill once a second, on a timer of their own: a count allows one more token for each second begun.
    private const int Burst = 3;

    [Fact]
    public async Task Sixty_addresses_of_one_ipv6_network_share_one_burst()
    {
        await using var gateway = await BehindTrustedProxy(burst: 20);

        var (allowed, seconds) = await CountAllowedAsync(gateway, [.. Enumerable.Range(1, 60).Select(host => $"2001:db8:1:2::{host:x}")]);

        Assert.InRange(allowed, 20, 20 + seconds);

        // The next network is somebody else.
        Assert.Equal(HttpStatusCode.OK, await GetAs(gateway, "2001:db8:1:3::1"));
    }

    [Fact]
    public async Task The_ipv6_network_that_makes_one_client_is_configurable()
    {
        await using var gateway = await BehindTrustedProxy(burst: Burst, ("Redirector:RateLimit:Ipv6PrefixLength", "48"));

        var (allowed, seconds) = await CountAllowedAsync(gateway, TakingTurns("2001:db8:1:2::1", "2001:db8:1:ffff::1"));

        Assert.InRange(allowed, Burst, Burst + seconds);
        Assert.Equal(HttpStatusCode.OK, await GetAs(gateway, "2001:db8:2:2::1"));
    }

    [Fact]
    public async Task An_ipv4_client_written_as_ipv6_is_the_same_client()
    {
        await using var gateway = await BehindTrustedProxy(burst: Burst);

        var (allowed, seconds) = await CountAllowedAsync(gateway, TakingTurns("198.51.100.7", "::ffff:198.51.100.7"));

        Assert.InRange(allowed, Burst, Burst + seconds);
        Assert.Equal(HttpStatusCode.OK, await GetAs(gateway, "198.51.100.8"));
    }

    [Fact]
    public async Task A_scope_id_does_not_make_another_client()
    {
        // Each address its own client, so that only the scope id could tell them apart.
        await using var gateway = await BehindTrustedProxy(burst: Burst, ("Redirector:RateLimit:Ipv6PrefixLength", "128"));

        var (allowed, seconds) = await CountAllowedAsync(gateway, TakingTurns("fe80::1%1", "fe80::1%2", "fe80::1"));

        Assert.InRange(allowed, Burst, Burst + seconds);
        Assert.Equal(HttpStatusCode.OK, await GetAs(gateway, "fe80::2%1"));
    }

    [Fact]
    public async Task A_client_on_a_real_ipv6_socket_has_its_bucket()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Redirector:RateLimit:PerSecond"] = "1",
        });
        using var client = Ipv6Client(gateway);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2 * Burst; i++)
        {
            statuses.Add((await client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative))).StatusCode);
        }

        Assert.InRange(statuses.Count(status => status == HttpStatusCode.OK), Burst, Burst + SecondsBegun(started));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal("::1", gateway.Upstream.Received.Last().Headers["X-Forwarded-For"]);

        // The IPv4 loopback client is another.
        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_client_through_a_trusted_proxy_on_ipv6_loopback_is_the_forwarded_one()
    {
        await using var gateway = await BehindTrustedProxy(burst: Burst, ("Redirector:TrustedProxies:0", "::1"));
        using var client = Ipv6Client(gateway);

        var (allowed, seconds) = await CountAllowedAsync(client, TakingTurns("2001:db8:7:7::1", "2001:db8:7:7::2"));

        Assert.InRange(allowed, Burst, Burst + seconds);
        Assert.Equal(HttpStatusCode.OK, await GetAs(client, "2001:db8:7:8::1"));
    }

    [Theory]
    [InlineData("31")]
    [InlineData("129")]
    public async Task An_ipv6_network_wider_than_a_provider_or_narrower_than_an_address_is_refused_at_start(string length)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var gateway = await BehindTrustedProxy(burst: 1, ("Redirector:RateLimit:Ipv6PrefixLength", length));
        });

        Assert.Contains("Redirector:RateLimit:Ipv6PrefixLength", failure.ToString(), StringComparison.Ordinal);
    }

    // The test client connects from loopback, so it plays the proxy here and is listed as one.
    private static Task<GatewayHost> BehindTrustedProxy(int burst, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Redirector:RateLimit:PerSecond"] = "1",
            ["Redirector:TrustedProxies:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return GatewayHost.StartAsync(settings);
    }

    // Twice a burst's worth of requests, the addresses taking turns: as many again would pass if each had a bucket.
    private static string[] TakingTurns(params string[] addresses) =>
        [.. Enumerable.Range(0, 2 * Burst * addresses.Length).Select(i => addresses[i % addresses.Length])];

    private static Task<(int Allowed, int SecondsBegun)> CountAllowedAsync(GatewayHost gateway, string[] clients) =>
        CountAllowedAsync(gateway.Client, clients);

    private static async Task<(int Allowed, int SecondsBegun)> CountAllowedAsync(HttpClient client, string[] clients)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var allowed = 0;
        foreach (var address in clients)
        {
            allowed += await GetAs(client, address) == HttpStatusCode.OK ? 1 : 0;
        }

        return (allowed, SecondsBegun(started));
    }

    private static int SecondsBegun(System.Diagnostics.Stopwatch started) => (int)Math.Ceiling(started.Elapsed.TotalSeconds);

    private static Task<HttpStatusCode> GetAs(GatewayHost gateway, string client) => GetAs(gateway.Client, client);

    private static async Task<HttpStatusCode> GetAs(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Add("X-Forwarded-For", address);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static HttpClient Ipv6Client(GatewayHost gateway)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = gateway.Ipv6Address,
        };
        client.DefaultRequestHeaders.Host = GatewayHost.DoorHost;
        return client;
    }
}
