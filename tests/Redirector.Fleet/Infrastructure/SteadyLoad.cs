using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Redirector.Fleet.Infrastructure;

/// <summary>What a client saw during a stretch of load.</summary>
public sealed record LoadResult(long Requests, IReadOnlyList<string> Failures, TimeSpan Slowest)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Requests} requests, {Failures.Count} failed, slowest {Slowest.TotalMilliseconds:0} ms") +
        (Failures.Count == 0 ? string.Empty : ": " + string.Join(" | ", Failures.Take(5)));
}

/// <summary>
/// Steady load through the load balancer, bounded in rate: a few workers, each sending a paper redirect then a
/// forwarded page, again and again, as clients whose addresses are spread so wide that none reaches its rate limit.
/// Every answer is checked; a connection error, a 5xx, a 429 or a wrong answer is a failure.
/// </summary>
public static class SteadyLoad
{
    private const int Workers = 4;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(5);
    private static int s_client;

    /// <summary>Runs the load from <paramref name="before"/> ahead of <paramref name="action"/> until <paramref name="after"/> past its end.</summary>
    public static async Task<LoadResult> AroundAsync(Uri origin, TimeSpan before, Func<Task> action, TimeSpan after)
    {
        using var stop = new CancellationTokenSource();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = Workers })
        {
            BaseAddress = origin,
            Timeout = TimeSpan.FromSeconds(10),
        };
        client.DefaultRequestHeaders.Host = "door.example";
        var failures = new ConcurrentQueue<string>();
        long requests = 0, slowestTicks = 0;

        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i += Workers)
            {
                var redirect = i % 2 == 0;
                var id = FormattableString.Invariant($"2401.{i % 99_999 + 1:D5}");
                using var request = new HttpRequestMessage(HttpMethod.Get, redirect ? $"/arXiv:{id}v2" : "/arxiv/2401.12345");
                var n = Interlocked.Increment(ref s_client) % 60_000;
                request.Headers.Add("X-Forwarded-For", FormattableString.Invariant($"198.18.{n / 250}.{n % 250 + 1}"));
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    var ok = redirect
                        ? response.StatusCode == HttpStatusCode.Found && response.Headers.Location?.OriginalString == $"http://door.example/arxiv/{id}"
                        : response.StatusCode == HttpStatusCode.OK && body == Site.Page;
                    if (!ok)
                    {
                        failures.Enqueue(FormattableString.Invariant($"{request.RequestUri} -> {(int)response.StatusCode} {response.Headers.Location}{body[..Math.Min(body.Length, 80)]}"));
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"{request.RequestUri} -> {exception.GetType().Name}: {exception.Message}");
                }

                Interlocked.Increment(ref requests);
                var ticks = clock.Elapsed.Ticks;
                for (var seen = Interlocked.Read(ref slowestTicks); ticks > seen; seen = Interlocked.Read(ref slowestTicks))
                {
                    Interlocked.CompareExchange(ref slowestTicks, ticks, seen);
                }

                await Task.Delay(Pause);
            }
        })).ToArray();

        try
        {
            await Task.Delay(before);
            await action();
            await Task.Delay(after);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        return new LoadResult(requests, [.. failures], TimeSpan.FromTicks(slowestTicks));
    }
}
