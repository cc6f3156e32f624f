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
        var memory = new ConcurrentQueue<(TimeSpan At, double Megabytes)>();
        var outcomes = new ConcurrentQueue<Outcome>();

        // The window is judged from when the site really went down and came back, not from when the test meant it
        // to: stopping and starting a site takes a while of its own on a loaded machine.
        TimeSpan siteDown = TimeSpan.MaxValue, siteUp = TimeSpan.MaxValue;
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
            await Task.Delay(duration / 2);
            siteDown = clock.Elapsed;
            await site.StopAsync();
            await Task.Delay(Outage);
            await site.StartAsync();
            siteUp = clock.Elapsed;
        });
        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; clock.Elapsed < duration; i += Workers)
            {
                var start = clock.Elapsed;
                var forward = i % 2 == 1;
                string? failure;
                try
                {
                    failure = forward ? await ForwardAsync(client) : await RedirectAsync(client, i);
                }
                catch (HttpRequestException exception)
                {
                    failure = exception.Message;
                }

                outcomes.Enqueue(new Outcome(i, forward, start, clock.Elapsed, failure));
            }
        }));
        await Task.WhenAll(load.Append(sampler).Append(outage));

        // A forward may fail with a 502 or a cut connection only if it was under way while the site was down, or
        // within a second of it coming back (connections YARP opened to the old site, and a loaded scheduler).
        bool DuringOutage(Outcome o) => o.End >= siteDown && o.Start <= siteUp + TimeSpan.FromSeconds(1);
        var all = outcomes.ToArray();
        var errors = all.Where(o => o.Failure is not null && !(o.Forward && DuringOutage(o))).ToArray();
        var redirectsDuringOutage = all.Count(o => !o.Forward && o.Failure is null && o.Start > siteDown && o.End < siteUp);
        var forwardsAfterOutage = all.Count(o => o.Forward && o.Failure is null && o.Start > siteUp + TimeSpan.FromSeconds(1));

        Assert.False(service.HasExited, "the service died");
        Assert.True(siteUp - siteDown < Outage + TimeSpan.FromSeconds(10), $"the site took {siteUp - siteDown} to stop and start");
        Assert.True(
            errors.Length == 0,
            $"{errors.Length} errors in {all.Length} requests (site down {siteDown} to {siteUp}), e.g. "
            + string.Join(" | ", errors.Take(5).Select(e => $"{(e.Forward ? "forward" : "redirect")} {e.Index} {e.Start}-{e.End}: {e.Failure}")));
        Assert.True(redirectsDuringOutage > 0, "no redirect was answered while the upstream was down");
        Assert.True(forwardsAfterOutage > 0, "forwarding did not come back after the upstream did");

        // Flat: the peak of the last third is no more than a little above the peak of the first third after warm-up.
        var samples = memory.ToArray();
        var warm = samples.Where(s => s.At > duration / 6).ToArray();
        var early = warm.Where(s => s.At < duration / 2).Max(s => s.Megabytes);
        var late = warm.Where(s => s.At > duration * 2 / 3).Max(s => s.Megabytes);
        Assert.True(late - early < 20, $"resident memory rose from {early:0} MB to {late:0} MB over {duration}");
    }

    /// <returns>Null for the expected redirect, or what was wrong.</returns>
    private static async Task<string?> RedirectAsync(HttpClient client, int i)
    {
        var id = $"2401.{i % 99_999 + 1:D5}";
        using var response = await client.GetAsync(new Uri($"/https://arxiv.org/abs/{id}v2", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.Found && response.Headers.Location?.OriginalString == $"{Door}/arxiv/{id}"
            ? null
            : $"{(int)response.StatusCode} {response.Headers.Location}";
    }

    /// <returns>Null for the site's whole page, or what came instead.</returns>
    private static async Task<string?> ForwardAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK && body.Length == PaperSite.Page.Length
            ? null
            : $"{(int)response.StatusCode}, {body.Length} chars";
    }

    private sealed record Outcome(int Index, bool Forward, TimeSpan Start, TimeSpan End, string? Failure);
}
