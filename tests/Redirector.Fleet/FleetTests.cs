using System.Diagnostics;
using System.Net;
using Redirector.Fleet.Infrastructure;
using Xunit.Abstractions;

namespace Redirector.Fleet;

/// <summary>
/// The service run as an operator runs it: N replicas behind a load balancer with one Redis. Each test leaves the
/// fleet whole (every replica up, Redis answering), so they hold in any order.
/// </summary>
public sealed class FleetTests(FleetFixture fleet, ITestOutputHelper output) : IClassFixture<FleetFixture>
{
    [Fact]
    public async Task One_client_spread_over_three_replicas_gets_one_buckets_worth_not_three()
    {
        var forwardedBefore = await Task.WhenAll(fleet.Replicas.Select(replica => FleetFixture.ReadAsync(replica, "redirector_forwarded_total")));
        var (allowed, limited, seconds) = await HammerAsync("192.0.2.10", TimeSpan.FromSeconds(3.5));
        var forwardedAfter = await Task.WhenAll(fleet.Replicas.Select(replica => FleetFixture.ReadAsync(replica, "redirector_forwarded_total")));

        // The bucket holds Burst and gains PerSecond at each whole second since the first request; a bucket per replica
        // would let three times that through.
        var expected = FleetFixture.Burst + (FleetFixture.PerSecond * Math.Floor(seconds));
        output.WriteLine(FormattableString.Invariant($"allowed {allowed} of {allowed + limited} in {seconds:0.00} s; one shared bucket allows {expected:0}, three local ones {3 * expected:0}: accuracy {allowed / expected:0.00}"));
        Assert.InRange(allowed, expected - FleetFixture.PerSecond, expected + FleetFixture.PerSecond);
        Assert.True(limited > 0, "nothing was limited");
        Assert.All(forwardedAfter.Zip(forwardedBefore), pair => Assert.True(pair.First > pair.Second, "a replica forwarded none of them: the load was not spread"));
    }

    [Theory]
    [InlineData("2001:db8:5:6::1", "2001:db8:5:6::2", "2001:db8:5:6:ffff::3")]
    [InlineData("192.0.2.60", "::ffff:192.0.2.60")]
    public async Task The_forms_and_addresses_of_one_client_draw_from_its_one_bucket_in_redis(params string[] forms)
    {
        var clients = forms.Select(fleet.ClientAs).ToArray();
        var allowed = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 2 * FleetFixture.Burst * forms.Length; i++)
        {
            using var response = await clients[i % clients.Length].GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative));
            allowed += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        var seconds = Math.Ceiling(clock.Elapsed.TotalSeconds);
        foreach (var client in clients)
        {
            client.Dispose();
        }

        // A bucket per form would let each of them through a burst's worth.
        output.WriteLine(FormattableString.Invariant($"{string.Join(", ", forms)}: {allowed} allowed in {seconds} s"));
        Assert.InRange(allowed, FleetFixture.Burst, FleetFixture.Burst + (FleetFixture.PerSecond * seconds));
    }

    [Fact]
    public async Task Every_replica_reports_the_requests_it_served_on_its_own_metrics_port()
    {
        const string route = "http_route=\"/{**input}\"";
        var before = await Task.WhenAll(fleet.Replicas.Select(replica => FleetFixture.ReadAsync(replica, "http_server_request_duration_seconds_count", route)));
        using var client = fleet.ClientAs("192.0.2.20");
        for (var i = 1; i <= 60; i++)
        {
            Assert.Equal(HttpStatusCode.Found, (await client.GetAsync(new Uri(FormattableString.Invariant($"/arXiv:2402.{i:D5}"), UriKind.Relative))).StatusCode);
        }

        // The exporter caches a scrape for a few hundred milliseconds.
        await Task.Delay(500);
        var after = await Task.WhenAll(fleet.Replicas.Select(replica => FleetFixture.ReadAsync(replica, "http_server_request_duration_seconds_count", route)));

        var served = after.Zip(before, (a, b) => a - b).ToArray();
        output.WriteLine("redirects served per replica: " + string.Join(", ", served));
        Assert.Equal(60, served.Sum());
        Assert.All(served, count => Assert.InRange(count, 10, 30));
    }

    [Fact]
    public async Task Redis_hanging_then_killed_under_load_costs_no_request_and_the_shared_limit_comes_back()
    {
        var fallbacksBefore = await fleet.SumAsync("redirector_rate_limit_redis_fallbacks_total");
        var warningsBefore = fleet.Replicas.Select(Warnings).ToArray();

        var load = await SteadyLoad.AroundAsync(fleet.Balancer.Origin, TimeSpan.FromSeconds(1), async () =>
        {
            fleet.Redis.Pause();
            await Task.Delay(TimeSpan.FromSeconds(2));
            fleet.Redis.Resume();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await fleet.Redis.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await fleet.Redis.StartAsync();
        }, TimeSpan.FromSeconds(1));

        output.WriteLine($"Redis paused 2 s, then killed for 2 s: {load}");
        Assert.Empty(load.Failures);
        Assert.True(load.Slowest < TimeSpan.FromSeconds(1), $"the slowest request took {load.Slowest}");
        Assert.True(await fleet.SumAsync("redirector_rate_limit_redis_fallbacks_total") > fallbacksBefore, "no replica counted a fallback");

        // Once per outage (two here), not once per request.
        var warnings = fleet.Replicas.Select((replica, i) => Warnings(replica) - warningsBefore[i]).ToArray();
        output.WriteLine("outage warnings per replica: " + string.Join(", ", warnings));

        Assert.All(warnings, count => Assert.InRange(count, 0, 2));
        Assert.True(warnings.Sum() > 0, "no replica logged that Redis was gone");

        var clock = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            var (allowed, _, _) = await HammerAsync(FormattableString.Invariant($"192.0.2.{100 + attempt}"), TimeSpan.FromSeconds(1));
            if (allowed <= FleetFixture.Burst + (2 * FleetFixture.PerSecond))
            {
                output.WriteLine(FormattableString.Invariant($"shared limit back {clock.Elapsed.TotalSeconds:0.0} s after Redis restarted: {allowed} allowed in a burst"));
                break;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"15 s after Redis came back a client still got {allowed} requests through in one second");
        }
    }

    [Fact]
    public async Task A_rolling_restart_of_every_replica_under_steady_load_loses_no_request()
    {
        var exits = new List<string>();
        var load = await SteadyLoad.AroundAsync(fleet.Balancer.Origin, TimeSpan.FromSeconds(1), async () =>
        {
            foreach (var replica in fleet.Replicas)
            {
                var (took, exitCode) = await replica.TerminateAsync(TimeSpan.FromSeconds(20));
                Assert.Equal(0, exitCode);
                Assert.True(took >= FleetFixture.DrainDelay, $"{replica.Name} exited {took} after SIGTERM, before its drain delay was over");
                exits.Add(FormattableString.Invariant($"{replica.Name} exited {took.TotalSeconds:0.0} s after SIGTERM"));
                await replica.StartAsync();
                await fleet.Balancer.WaitUntilUpAsync(replica.Name);
            }
        }, TimeSpan.FromSeconds(1));

        output.WriteLine($"rolling restart: {load}; {string.Join(", ", exits)}");
        Assert.Empty(load.Failures);
        Assert.True(load.Requests > 1000, $"only {load.Requests} requests were sent");
    }

    private static int Warnings(Replica replica) => replica.Log.Count(line => line.Contains("Redis did not answer", StringComparison.Ordinal));

    /// <summary>One client sending forwarded requests as fast as four connections allow for <paramref name="duration"/>.</summary>
    private async Task<(int Allowed, int Limited, double Seconds)> HammerAsync(string address, TimeSpan duration)
    {
        using var client = fleet.ClientAs(address);
        int allowed = 0, limited = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                using var response = await client.GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative));
                switch (response.StatusCode)
                {
                    case HttpStatusCode.OK:
                        Interlocked.Increment(ref allowed);
                        break;
                    case HttpStatusCode.TooManyRequests:
                        Interlocked.Increment(ref limited);
                        break;
                    default:
                        Assert.Fail($"{address} got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        break;
                }

                await Task.Delay(5);
            }
        })));
        return (allowed, limited, clock.Elapsed.TotalSeconds);
    }
}
