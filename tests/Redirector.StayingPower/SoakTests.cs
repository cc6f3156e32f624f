using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Redirector.StayingPower;

/// <summary>
/// Sustained mixed load on the service in gateway mode (redirects and 20 KB forwarded pages), with the upstream
/// taken down for a few seconds halfway: no errors except the 502s of the outage, redirects unaffected by it,
/// forwarding back by itself afterwards, and resident memory flat.
/// </summary>
public sealed class SoakTests
{
    private const int Workers = 16;
    private const string Door = "http://door.example";
    private const string DoorHost = "door.example";
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Sustained_load_with_an_upstream_outage_has_no_errors_and_flat_memory()
    {
        await using var site = new PaperSite();
        await site.StartAsync();
        await using var service = await ServiceProcess.StartAsync(
            $"--Redirector:Upstream={site.Origin}",
            $"--Redirector:Target={Door}",
            "--Redirector:RateLimit:Enabled=false",
            "--Redirector:UpstreamTimeout=00:00:02");
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = Workers })
        {
            BaseAddress = service.Origin,
        };

        // Clients reach the door under its public name; the door serves no other host.
        client.DefaultRequestHeaders.Host = DoorHost;

        var duration = Scale.Times(TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();
        var outageStart = duration / 2;
        var outageEnd = outageStart + Outage;
        var errors = new ConcurrentQueue<string>();
        var memory = new ConcurrentQueue<(TimeSpan At, double Megabytes)>();
        long redirectsDuringOutage = 0, forwardsAfterOutage = 0, requests = 0;

        var sampler = Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                memory.Enqueue((clock.Elapsed, service.ResidentMegabytes()));
                await Task.Delay(500);
            }
        });
        var outage = Task.Run(async () =>
        {
            await Task.Delay(outageStart);
            await site.StopAsync();
            await Task.Delay(Outage);
            await site.StartAsync();
        });
        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; clock.Elapsed < duration; i += Workers)
            {
                var at = clock.Elapsed;
                var inOutage = at >= outageStart - TimeSpan.FromMilliseconds(200) && at <= outageEnd + TimeSpan.FromSeconds(1);
                try
                {
                    Interlocked.Increment(ref requests);
                    if (i % 2 == 0)
                    {
                        using var response = await client.GetAsync(new Uri($"/https://arxiv.org/abs/2401.{i % 99_999 + 1:D5}v2", UriKind.Relative));
                        if (response.StatusCode != HttpStatusCode.Found
                            || response.Headers.Location?.OriginalString != $"{Door}/arxiv/2401.{i % 99_999 + 1:D5}")
                        {
                            errors.Enqueue($"redirect {i} at {at}: {(int)response.StatusCode} {response.Headers.Location}");
                        }
                        else if (at > outageStart + TimeSpan.FromMilliseconds(500) && at < outageEnd)
                        {
                            Interlocked.Increment(ref redirectsDuringOutage);
                        }
                    }
                    else
                    {
                        using var response = await client.GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative));
                        var body = await response.Content.ReadAsStringAsync();
                        var ok = response.StatusCode == HttpStatusCode.OK && body.Length == PaperSite.Page.Length;
                        if (!ok && !(inOutage && response.StatusCode == HttpStatusCode.BadGateway))
                        {
                            errors.Enqueue($"forward {i} at {at}: {(int)response.StatusCode}, {body.Length} chars");
                        }
                        else if (ok && at > outageEnd + TimeSpan.FromSeconds(1))
                        {
                            Interlocked.Increment(ref forwardsAfterOutage);
                        }
                    }
                }
                catch (HttpRequestException exception) when (inOutage)
                {
                    // A forward cut off at the moment the site went down; the door itself stayed up.
                    _ = exception;
                }
                catch (HttpRequestException exception)
                {
                    errors.Enqueue($"request {i} at {at}: {exception.Message}");
                }
            }
        }));
        await Task.WhenAll(load.Append(sampler).Append(outage));

        Assert.False(service.HasExited, "the service died");
        Assert.True(errors.IsEmpty, $"{errors.Count} errors in {requests} requests, e.g. {string.Join(" | ", errors.Take(5))}");
        Assert.True(redirectsDuringOutage > 0, "no redirect was answered while the upstream was down");
        Assert.True(forwardsAfterOutage > 0, "forwarding did not come back after the upstream did");

        // Flat: the peak of the last third is no more than a little above the peak of the first third after warm-up.
        var samples = memory.ToArray();
        var warm = samples.Where(s => s.At > duration / 6).ToArray();
        var early = warm.Where(s => s.At < duration / 2).Max(s => s.Megabytes);
        var late = warm.Where(s => s.At > duration * 2 / 3).Max(s => s.Megabytes);
        Assert.True(late - early < 20, $"resident memory rose from {early:0} MB to {late:0} MB over {duration}");
    }
}
