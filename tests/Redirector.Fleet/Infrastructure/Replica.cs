using System.Collections.Concurrent;
using System.Diagnostics;
using Redirector.NativeBuild;

namespace Redirector.Fleet.Infrastructure;

/// <summary>
/// One replica: the real service binary in its own process on a fixed loopback port, so that a restart comes back
/// where the load balancer expects it. Its log lines are kept for the tests to read.
/// </summary>
public sealed class Replica : IAsyncDisposable
{
    private readonly string[] _settings;
    private Process? _process;

    public Replica(string name, int port, int metricsPort, params string[] settings)
    {
        Name = name;
        Port = port;
        MetricsPort = metricsPort;
        _settings = settings;
    }

    public string Name { get; }

    public int Port { get; }

    public int MetricsPort { get; }

    public ConcurrentQueue<string> Log { get; } = new();

    public int Pid => _process?.Id ?? 0;

    public async Task StartAsync()
    {
        var start = ServiceBinary.StartInfo();
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{Port}");
        start.ArgumentList.Add($"--Redirector:Metrics:Port={MetricsPort}");
        start.ArgumentList.Add("--Redirector:Metrics:Host=localhost");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        start.ArgumentList.Add("--Logging:LogLevel:Redirector.Fleet=Information");
        start.ArgumentList.Add("--Logging:Console:FormatterName=simple");
        start.ArgumentList.Add("--Logging:Console:FormatterOptions:SingleLine=true");
        foreach (var setting in _settings)
        {
            start.ArgumentList.Add(setting);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Name}");
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.False(_process.HasExited, $"{Name} exited while starting: {string.Join('\n', Log)}");
            try
            {
                if ((await client.GetAsync(new Uri($"http://127.0.0.1:{Port}/readyz"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{Name} was not ready within 30 s: {string.Join('\n', Log)}");
    }

    /// <summary>SIGTERM, as an orchestrator stops a replica; returns how long it took to exit by itself, and its exit code.</summary>
    public async Task<(TimeSpan Took, int ExitCode)> TerminateAsync(TimeSpan patience)
    {
        var process = _process!;
        var clock = Stopwatch.StartNew();
        Tools.Signal(process.Id, "TERM");
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{Name} did not exit within {patience} of SIGTERM");
        }

        return (clock.Elapsed, process.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            Log.Enqueue(line);
        }
    }
}
