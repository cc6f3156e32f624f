using System.Diagnostics;
using System.Net;
using Redirector.Fleet.Infrastructure;

namespace Redirector.Fleet;

/// <summary>
/// SIGTERM on the real process, as an orchestrator or a load balancer's operator sends it: readiness fails at once,
/// everything else is answered for the drain delay, then no new connection is accepted, the request in flight
/// finishes, and the process exits by itself with success.
/// </summary>
public sealed class SigtermTests
{
    private static readonly TimeSpan DrainDelay = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task On_sigterm_readiness_fails_at_once_work_goes_on_for_the_drain_delay_and_the_request_in_flight_finishes()
    {
        await using var site = new Site();
        await site.StartAsync();
        await using var replica = new Replica(
            "alone",
            Scrape.FreePort(),
            Scrape.FreePort(),
            $"--Redirector:Upstream={site.Origin}",
            "--Redirector:Target=http://door.example",
            $"--Redirector:DrainDelay={DrainDelay}",
            "--Redirector:DrainTimeout=00:00:10");
        await replica.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{replica.Port}") };
        client.DefaultRequestHeaders.Host = "door.example";

        var inFlight = client.GetAsync(new Uri("/slow?ms=3000", UriKind.Relative));
        await Task.Delay(300);
        var clock = Stopwatch.StartNew();
        var terminated = replica.TerminateAsync(TimeSpan.FromSeconds(15));
        await Task.Delay(200);

        using var fresh = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = client.BaseAddress };
        fresh.DefaultRequestHeaders.Host = "door.example";
        var readiness = await fresh.GetAsync(new Uri("/readyz", UriKind.Relative));
        var redirect = await fresh.GetAsync(new Uri("/arXiv:2401.12345", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.True(clock.Elapsed < DrainDelay, $"the answers during the drain delay took until {clock.Elapsed}");

        await Task.Delay(DrainDelay - clock.Elapsed + TimeSpan.FromMilliseconds(500));
        using var late = new HttpClient { BaseAddress = client.BaseAddress };
        await Assert.ThrowsAsync<HttpRequestException>(() => late.GetAsync(new Uri("/healthz", UriKind.Relative)));

        var slow = await inFlight;
        var (took, exitCode) = await terminated;
        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        Assert.Equal("finally", await slow.Content.ReadAsStringAsync());
        Assert.Equal(0, exitCode);
        Assert.InRange(took, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(10));
    }
}
