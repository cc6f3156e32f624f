using System.Diagnostics;

namespace Redirector.Fleet.Infrastructure;

/// <summary>The programs these tests drive, found on PATH; <c>tests/run</c> installs them from Debian when missing.</summary>
internal static class Tools
{
    /// <summary>The full path of a program, or a failure that says how to get it (never a silent skip).</summary>
    internal static string Require(string name, string howToGet)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Concat(["/usr/sbin", "/sbin"]))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"{name} is not installed, so this test cannot run: {howToGet}");
        return name;
    }

    /// <summary>Sends a signal by name to a process this test started (kill(1): TERM, KILL, STOP, CONT).</summary>
    internal static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>Starts a server program of the test's own, its output read and dropped so that it never blocks on a full pipe.</summary>
    internal static Process StartServer(string program, IEnumerable<string> arguments)
    {
        var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a program to its end within <paramref name="timeout"/>; the output is both streams.</summary>
    internal static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Repository.Root,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"{program} did not finish within {timeout}\n{await output}{await errors}");
        }

        return (process.ExitCode, await output + await errors);
    }
}

internal static class Repository
{
    /// <summary>The checkout's root: the folder that holds Redirector.sln, above the test's output folder.</summary>
    internal static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Redirector.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Redirector.sln not found above " + AppContext.BaseDirectory);
    }
}
