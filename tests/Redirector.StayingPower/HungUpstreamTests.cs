using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Redirector.StayingPower;

/// <summary>
/// The service runs requests on its socket engine's thread (inline transport, on by default): a forward that blocked
/// there while the site hangs would stall every other connection on that thread. A site that accepts connections and
/// never answers holds many forwards open, and meanwhile other clients' redirects must still be answered at once.
/// </summary>
public sealed class HungUpstreamTests
{
    private const string DoorHost = "door.example";
    private const int HungForwards = 200;
    private const int RedirectWorkers = 8;

    [Fact]
    public async Task A_hung_site_under_load_does_not_slow_other_clients_redirects()
    {
        using var site = new TcpListener(IPAddress.Loopback, 0);
        site.Start();
        var held = new ConcurrentBag<TcpClient>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    // Accepted and read from never: the request sits in the socket, and no answer ever comes.
                    held.Add(await site.AcceptTcpClientAsync(stop.Token));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        await using var service = await ServiceProcess.StartAsync(
            $"--Redirector:Upstream=http://127.0.0.1:{((IPEndPoint)site.LocalEndpoint).Port}",
            $"--Redirector:Target=http://{DoorHost}",
            "--Redirector:RateLimit:Enabled=false",
            "--Redirector:UpstreamTimeout=00:01:00");

        using var hungClient = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = HungForwards }) { BaseAddress = service.Origin, Timeout = Timeout.InfiniteTimeSpan };
        hungClient.DefaultRequestHeaders.Host = DoorHost;
        var hung = Enumerable.Range(0, HungForwards)
            .Select(i => hungClient.GetAsync(new Uri($"/about/{i}", UriKind.Relative), stop.Token))
            .ToList();
        await WaitUntilAsync(() => held.Count >= HungForwards / 2, TimeSpan.FromSeconds(20), "the door to connect to the hung site");

        var latencies = new ConcurrentQueue<double>();
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var load = Enumerable.Range(0, RedirectWorkers).Select(worker => Task.Run(async () =>
        {
            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = service.Origin, Timeout = TimeSpan.FromSeconds(5) };
            client.DefaultRequestHeaders.Host = DoorHost;
            while (clock.Elapsed < TimeSpan.FromSeconds(5))
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri("/https://arxiv.org/abs/2401.12345v2", UriKind.Relative));
                    latencies.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.Found)
                    {
                        failures.Enqueue($"{(int)response.StatusCode} from worker {worker}");
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"{exception.GetType().Name} from worker {worker} after {Stopwatch.GetElapsedTime(start).TotalMilliseconds:0} ms");
                }
            }
        })).ToList();
        await Task.WhenAll(load);

        // The hung forwards were really held all along: none answered while the redirects ran.
        Assert.DoesNotContain(hung, request => request.IsCompleted);
        Assert.Empty(failures);
        var sorted = latencies.Order().ToList();
        Assert.True(sorted.Count > 500, $"only {sorted.Count} redirects in 5 s");
        var p99 = sorted[(int)(sorted.Count * 0.99)];

        // A stalled socket thread would hold redirects for the site's whole timeout (a minute); a busy shared machine
        // gives a few tens of milliseconds at worst.
        Assert.True(p99 < 250, $"p99 of redirects beside {HungForwards} hung forwards was {p99:0.0} ms (max {sorted[^1]:0.0} ms)");
        Assert.False(service.HasExited);

        await stop.CancelAsync();
        await Task.WhenAll(hung.Select(request => request.ContinueWith(_ => { }, TaskScheduler.Default)));
        await accepting;
        foreach (var connection in held)
        {
            connection.Dispose();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan patience, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < patience, $"timed out waiting for {what}");
            await Task.Delay(50);
        }
    }
}
