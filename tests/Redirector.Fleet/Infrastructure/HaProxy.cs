using System.Diagnostics;

namespace Redirector.Fleet.Infrastructure;

/// <summary>
/// A real load balancer in front of the replicas, configured as an operator would: round robin, readiness checked on
/// /readyz every 200 ms (two failures in a row take a replica out, so a check slowed by a busy machine does not), the
/// client's address passed in X-Forwarded-For, and a connection that is refused retried on another replica. A request
/// already sent to a replica is never retried: losing it is the replica's fault.
/// </summary>
public sealed class HaProxy : IAsyncDisposable
{
    private readonly string _program = Tools.Require("haproxy", "tests/run installs Debian's haproxy; or apt-get install haproxy.");
    private readonly string _directory = Directory.CreateTempSubdirectory("redirector-haproxy-").FullName;
    private Process? _process;

    public int Port { get; } = Scrape.FreePort();

    public int StatsPort { get; } = Scrape.FreePort();

    public Uri Origin => new($"http://127.0.0.1:{Port}");

    public async Task StartAsync(IEnumerable<Replica> replicas)
    {
        var servers = string.Join('\n', replicas.Select(replica =>
            FormattableString.Invariant($"  server {replica.Name} 127.0.0.1:{replica.Port} check")));
        var config = Path.Combine(_directory, "haproxy.cfg");
        await File.WriteAllTextAsync(config, FormattableString.Invariant($"""
            global
              maxconn 2000
            defaults
              mode http
              timeout connect 1s
              timeout client 30s
              timeout server 30s
              timeout check 1s
              option forwardfor
              retries 3
              option redispatch 1
            frontend door
              bind 127.0.0.1:{Port}
              default_backend replicas
            backend replicas
              balance roundrobin
              option httpchk GET /readyz
              http-check expect status 200
              default-server inter 200ms fall 2 rise 2
            {servers}
            listen stats
              bind 127.0.0.1:{StatsPort}
              stats enable
              stats uri /stats

            """));
        _process = Tools.StartServer(_program, ["-f", config, "-db"]);
        await WaitUntilUpAsync(replicas.Select(replica => replica.Name).ToArray());
    }

    /// <summary>Waits until HAProxy's own checks say that every named replica is UP.</summary>
    public async Task WaitUntilUpAsync(params string[] names)
    {
        using var client = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(_process!.HasExited, "haproxy exited");
            try
            {
                var csv = await client.GetStringAsync(new Uri($"http://127.0.0.1:{StatsPort}/stats;csv"));
                var up = csv.Split('\n')
                    .Select(line => line.Split(','))
                    .Where(fields => fields.Length > 17 && fields[0] == "replicas" && fields[17] == "UP")
                    .Select(fields => fields[1])
                    .ToHashSet();
                if (names.All(up.Contains))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"haproxy did not see {string.Join(", ", names)} UP within 20 s");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
