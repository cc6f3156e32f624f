using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Redirector.Tests.Gateway;

namespace Redirector.Tests.Fleet;

/// <summary>
/// The shared rate limit must never take the door down or make its clients wait: with Redis gone or silent, each
/// forwarded request is decided by the door's own bucket within the Redis timeout, no 5xx, one warning in the log and
/// a counter that says how often. (With a real Redis, shared across replicas and restarted, see Redirector.Fleet.)
/// </summary>
[Collection(CountersRunAlone.Name)]
public sealed class RedisFallbackTests
{
    [Fact]
    public async Task With_redis_unreachable_the_local_bucket_limits_at_once_and_the_outage_is_logged_once()
    {
        var port = Scrape.FreePort();
        await using var gateway = await GatewayHost.StartAsync(Limited($"127.0.0.1:{Scrape.FreePort()}", port));

        var (statuses, slowest) = await ForwardAsync(gateway, 6);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(slowest < TimeSpan.FromMilliseconds(500), $"the slowest request took {slowest}");
        Assert.Single(gateway.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("Redis did not answer", StringComparison.Ordinal));
        var text = await Scrape.UntilAsync(port, text => Scrape.Sum(text, "redirector_rate_limit_redis_fallbacks_total") >= 6);
        Assert.Equal(6, Scrape.Sum(text, "redirector_rate_limit_redis_fallbacks_total"));
    }

    [Fact]
    public async Task With_redis_accepting_connections_but_never_answering_no_request_waits_longer_than_the_timeout()
    {
        // A server that takes the connection and says nothing: a Redis that hangs, or a network that drops replies.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                held.Add(await silent.AcceptTcpClientAsync());
            }
        });
        await using var gateway = await GatewayHost.StartAsync(Limited($"127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}", Scrape.FreePort()));

        var (statuses, slowest) = await ForwardAsync(gateway, 6);

        Assert.Equal(2, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
        Assert.True(slowest < TimeSpan.FromMilliseconds(600), $"the slowest request took {slowest}; the Redis timeout is 200 ms");
        foreach (var client in held)
        {
            client.Dispose();
        }
    }

    private static Dictionary<string, string?> Limited(string redis, int metricsPort) => new()
    {
        ["Redirector:Redis"] = redis,
        ["Redirector:RedisTimeout"] = "00:00:00.200",
        ["Redirector:RateLimit:Enabled"] = "true",
        ["Redirector:RateLimit:Burst"] = "3",
        ["Redirector:RateLimit:PerSecond"] = "1",
        ["Redirector:Metrics:Port"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Redirector:Metrics:Host"] = "localhost",
    };

    /// <summary>The first request, not timed, takes the door's start-up costs (compiling the forwarding path); the rest are timed.</summary>
    private static async Task<(List<HttpStatusCode> Statuses, TimeSpan Slowest)> ForwardAsync(GatewayHost gateway, int count)
    {
        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative))).StatusCode);
        var statuses = new List<HttpStatusCode>();
        var slowest = TimeSpan.Zero;
        for (var i = 1; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            statuses.Add((await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative))).StatusCode);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
        }

        return (statuses, slowest);
    }
}
