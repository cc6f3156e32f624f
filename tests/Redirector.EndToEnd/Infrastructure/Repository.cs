using System.Diagnostics;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>The checkout the tests run from, and the packaged extension built from it.</summary>
internal static class Repository
{
    /// <summary>Found from the test binaries upwards, so the suite works from any clone and any output folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// Runs the same packaging script a user or a release runs and returns the unpacked copy of the zip, so the
    /// browser loads exactly what ships rather than the source tree.
    /// </summary>
    public static async Task<string> PackageExtensionAsync(TimeSpan timeout)
    {
        var script = Path.Combine(Root, "build", "package-extension.sh");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"The packaging script {script} is missing; the browser tests load only the packaged extension.");
        }

        var start = new ProcessStartInfo("bash", ["build/package-extension.sh"])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var (exitCode, output) = await ProcessRunner.RunAsync(start, timeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"build/package-extension.sh failed with exit code {exitCode}:\n{output}");
        }

        var unpacked = Path.Combine(Root, "dist", "extension-unpacked");
        if (!File.Exists(Path.Combine(unpacked, "manifest.json")))
        {
            throw new InvalidOperationException($"build/package-extension.sh succeeded but {unpacked} holds no manifest.json:\n{output}");
        }

        return unpacked;
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Redirector.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Redirector.sln above {AppContext.BaseDirectory}; run the tests from a checkout.");
    }
}
