using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Redirector.Fleet.Infrastructure;

/// <summary>A redis-server of the test's own on loopback, without persistence, that can be killed, paused and restarted.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _program = Tools.Require("redis-server", "tests/run installs Debian's redis-server; or apt-get install redis-server.");
    private Process? _process;

    public int Port { get; } = Scrape.FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        _process = Tools.StartServer(_program, ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--daemonize", "no"]);
        var deadline = Stopwatch.StartNew();
        while (!await PingAsync())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "redis-server did not answer PING within 10 s");
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: gone at once, its connections reset, its counters lost.</summary>
    public async Task KillAsync()
    {
        _process!.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>SIGSTOP / SIGCONT: connections stay open and nothing answers, as with a Redis that hangs.</summary>
    public void Pause() => Tools.Signal(_process!.Id, "STOP");

    public void Resume() => Tools.Signal(_process!.Id, "CONT");

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            Tools.Signal(_process.Id, "CONT");
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
