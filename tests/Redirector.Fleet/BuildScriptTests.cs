using Redirector.Fleet.Infrastructure;

namespace Redirector.Fleet;

/// <summary>
/// deploy/container/build.sh as an operator runs it, with podman replaced by a stand-in that records what it was asked
/// to build: the script either prints the image's name or says what failed, never stops silently. The real image is
/// built in <see cref="ContainerImageTests"/>.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BuildScriptTests : IDisposable
{
    private const string Image = "localhost/build-script-test:latest";

    private readonly string _folder = Directory.CreateTempSubdirectory("redirector-build-script-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_library_cache_longer_than_a_pipe_holds_still_gives_the_image()
    {
        // A machine with many libraries: the list goes on well past the ones the image needs, and whatever reads it
        // may stop early.
        var ldconfig = Tools.Require("ldconfig", "it is part of Debian's libc-bin.");
        var (exitCode, output) = await RunAsync(
            $"#!/bin/bash\n{ldconfig} -p\nfor ((i = 0; i < 100000; i++)); do echo \"\tlibfiller$i.so.1 (libc6,x86-64) => /nowhere/libfiller$i.so.1\"; done\n",
            podmanExit: 0);

        Assert.True(exitCode == 0, $"build.sh exited {exitCode}: {output}");
        Assert.Equal(Image, output.Trim());
        var context = await File.ReadAllTextAsync(Path.Combine(_folder, "podman.log"));
        Assert.Contains("libssl.so.3", context, StringComparison.Ordinal);
        Assert.Contains("Redirector.Service", context, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_that_fails_without_a_word_is_named_in_the_error()
    {
        var ldconfig = Tools.Require("ldconfig", "it is part of Debian's libc-bin.");
        var (exitCode, output) = await RunAsync($"#!/bin/bash\nexec {ldconfig} \"$@\"\n", podmanExit: 125);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("build.sh: failed", output, StringComparison.Ordinal);
        Assert.Contains("podman build", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string ldconfigScript, int podmanExit)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        await WriteProgramAsync(Path.Combine(bin, "ldconfig"), ldconfigScript);
        // Records the files of the build context (its last argument), and fails as told, saying nothing, as a crashed
        // build can.
        await WriteProgramAsync(
            Path.Combine(bin, "podman"),
            $"#!/bin/bash\n[[ $1 == build ]] && ls -R \"${{!#}}\" >'{_folder}/podman.log'\nexit {podmanExit}\n");

        // Any dynamically linked program stands in for the service's binary: the script copies it and its libraries.
        var binary = Path.Combine(_folder, "Redirector.Service");
        File.Copy("/bin/true", binary);
        // As from a terminal: .NET starts its children with SIGPIPE ignored, a shell with it at its default (which ends
        // a writer whose reader has gone, with status 141).
        var env = Tools.Require("env", "it is part of Debian's coreutils.");
        return await Tools.RunAsync(
            env,
            ["--default-signal=PIPE", "bash", "deploy/container/build.sh", Image],
            TimeSpan.FromSeconds(60),
            new Dictionary<string, string>
            {
                ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
                ["REDIRECTOR_NATIVE_BINARY"] = binary,
            });
    }

    private static async Task WriteProgramAsync(string path, string script)
    {
        await File.WriteAllTextAsync(path, script);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
