using Redirector.Fleet.Infrastructure;

namespace Redirector.Fleet;

/// <summary>
/// Three replicas of the real service in gateway mode behind HAProxy, sharing one redis-server for the rate limit, in
/// front of one site, all on loopback and all owned by the test: started here, ended here by their process ids.
/// </summary>
public sealed class FleetFixture : IAsyncLifetime
{
    public const int Burst = 20;
    public const int PerSecond = 5;
    public static readonly TimeSpan DrainDelay = TimeSpan.FromSeconds(2);

    public RedisServer Redis { get; } = new();

    public Site Site { get; } = new();

    public HaProxy Balancer { get; } = new();

    public IReadOnlyList<Replica> Replicas { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Redis.StartAsync();
        await Site.StartAsync();
        Replicas = [.. Enumerable.Range(1, 3).Select(n => new Replica(
            $"replica{n}",
            Scrape.FreePort(),
            Scrape.FreePort(),
            $"--Redirector:Upstream={Site.Origin}",
            "--Redirector:Target=http://door.example",
            "--Redirector:TrustedProxies:0=127.0.0.1",
            $"--Redirector:Redis={Redis.ConnectionString}",
            $"--Redirector:RateLimit:Burst={Burst}",
            $"--Redirector:RateLimit:PerSecond={PerSecond}",
            $"--Redirector:DrainDelay={DrainDelay}",
            "--Redirector:DrainTimeout=00:00:10"))];
        await Task.WhenAll(Replicas.Select(replica => replica.StartAsync()));
        await Balancer.StartAsync(Replicas);
    }

    public async Task DisposeAsync()
    {
        await Balancer.DisposeAsync();
        foreach (var replica in Replicas)
        {
            await replica.DisposeAsync();
        }

        await Site.DisposeAsync();
        await Redis.DisposeAsync();
    }

    /// <summary>A counter summed over every replica's metrics port.</summary>
    public async Task<double> SumAsync(string name, params string[] labels)
    {
        var sum = 0.0;
        foreach (var replica in Replicas)
        {
            sum += await ReadAsync(replica, name, labels);
        }

        return sum;
    }

    public static async Task<double> ReadAsync(Replica replica, string name, params string[] labels)
    {
        using var client = new HttpClient();
        return Scrape.Sum(await client.GetStringAsync(new Uri($"http://localhost:{replica.MetricsPort}/metrics")), name, labels);
    }

    /// <summary>A client of the door through the balancer, under the door's public name, as one client address.</summary>
    public HttpClient ClientAs(string address)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Balancer.Origin };
        client.DefaultRequestHeaders.Host = "door.example";

        // HAProxy appends the address it saw (127.0.0.1, a trusted proxy here) after this one, so the replicas read this
        // one as the client: on loopback every test client would otherwise be the same client.
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
