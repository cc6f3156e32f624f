using System.Collections.Concurrent;
using System.Diagnostics;
using Redirector.Tests.Fleet;

namespace Redirector.NativeBuild;

/// <summary>The native binary in its own process on a loopback port, its output kept for the failure messages.</summary>
public sealed class NativeService : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private NativeService(Process process, ConcurrentQueue<string> output, int port)
    {
        _process = process;
        _output = output;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    /// <summary>Follows no redirect: the redirect is the answer under test.</summary>
    public HttpClient Client { get; }

    public string Output => string.Join('\n', _output);

    /// <summary>How many of the process's threads bear this name (as the kernel keeps it: the first 15 bytes).</summary>
    public int ThreadsNamed(string name) =>
        Directory.EnumerateDirectories($"/proc/{_process.Id}/task")
            .Count(thread => File.ReadAllText(Path.Combine(thread, "comm")).TrimEnd('\n') == name[..Math.Min(name.Length, 15)]);

    /// <summary>Whether a shared library whose file name starts so is mapped into the process.</summary>
    public bool HasLoaded(string library) =>
        File.ReadLines($"/proc/{_process.Id}/maps").Any(line => Path.GetFileName(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty).StartsWith(library, StringComparison.Ordinal));

    public static async Task<NativeService> StartAsync(params string[] settings)
    {
        var port = Scrape.FreePort();
        var (process, output) = Launch([$"--urls=http://127.0.0.1:{port}", "--Redirector:DrainDelay=00:00:00", .. settings]);
        var service = new NativeService(process, output, port);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.False(process.HasExited, $"the native binary exited while starting:\n{service.Output}");
            try
            {
                if ((await service.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        await service.DisposeAsync();
        Assert.Fail($"the native binary was not ready within 30 s:\n{service.Output}");
        return service;
    }

    /// <summary>Starts the binary with settings it must refuse, and waits for it to stop: its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunToRefusalAsync(params string[] settings)
    {
        var (process, output) = Launch([$"--urls=http://127.0.0.1:{Scrape.FreePort()}", .. settings]);
        using (process)
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"the native binary kept running with settings it should refuse:\n{string.Join('\n', output)}");
            }

            // The output's last lines arrive after the exit: WaitForExit without a timeout waits for them.
            process.WaitForExit();
            return (process.ExitCode, string.Join('\n', output));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static (Process Process, ConcurrentQueue<string> Output) Launch(string[] arguments)
    {
        var start = ServiceBinary.NativeStartInfo();
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the native binary");
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
