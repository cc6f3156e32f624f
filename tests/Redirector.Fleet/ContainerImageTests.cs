using System.Diagnostics;
using System.Net;
using Redirector.Fleet.Infrastructure;

namespace Redirector.Fleet;

/// <summary>
/// The image from deploy/container, built offline with podman exactly as an operator would (build.sh) and started as
/// Kubernetes starts it: another user than root, root file system read-only, /tmp in memory. It holds the native binary
/// and no .NET runtime or symbol file; it redirects, shows pages in the reader's language (ICU is in the image),
/// serves metrics, and on `podman stop` drains and exits 0.
/// Podman keeps its images and containers in a folder of this test's own, removed afterwards.
/// </summary>
public sealed class ContainerImageTests : IAsyncLifetime
{
    private readonly string _state = Directory.CreateTempSubdirectory("redirector-podman-").FullName;
    private readonly string _name = "redirector-test-" + Guid.NewGuid().ToString("N")[..8];
    private Dictionary<string, string> _environment = [];
    private string _podman = "podman";

    public async Task InitializeAsync()
    {
        _podman = Tools.Require("podman", "tests/run installs Debian's podman and runc; or apt-get install podman runc.");
        Tools.Require("runc", "tests/run installs Debian's runc beside podman; or apt-get install runc.");

        // Here podman needs runc and lowered limits; its storage is this test's own, so that nothing is left behind.
        var containersConf = Path.Combine(_state, "containers.conf");
        await File.WriteAllTextAsync(containersConf, "[containers]\ndefault_ulimits = [\"nofile=1024:1024\", \"nproc=4096:4096\"]\n[engine]\nruntime = \"runc\"\n");
        var storageConf = Path.Combine(_state, "storage.conf");
        await File.WriteAllTextAsync(storageConf, $"[storage]\ndriver = \"vfs\"\ngraphroot = \"{_state}/graph\"\nrunroot = \"{_state}/run\"\n");
        _environment = new() { ["CONTAINERS_CONF"] = containersConf, ["CONTAINERS_STORAGE_CONF"] = storageConf };
    }

    public async Task DisposeAsync()
    {
        await Tools.RunAsync(_podman, ["rm", "--force", "--time", "0", _name], TimeSpan.FromSeconds(30), _environment);
        Directory.Delete(_state, recursive: true);
    }

    [Fact]
    public async Task The_image_serves_as_a_non_root_user_on_a_read_only_root_and_drains_on_stop()
    {
        var image = $"localhost/{_name}:test";
        var (built, log) = await Tools.RunAsync("bash", ["deploy/container/build.sh", image], TimeSpan.FromMinutes(5), _environment);
        Assert.True(built == 0, $"deploy/container/build.sh failed: {log}");
        var files = await ImageFilesAsync(image);
        Assert.Contains("app/Redirector.Service", files);
        Assert.DoesNotContain(files, file => file.EndsWith(".dbg", StringComparison.Ordinal) || file.EndsWith(".dll", StringComparison.Ordinal) || file.Contains("dotnet", StringComparison.Ordinal));

        var port = Scrape.FreePort();
        var metricsPort = Scrape.FreePort();
        var (started, startLog) = await Tools.RunAsync(
            _podman,
            ["run", "--detach", "--name", _name, "--network", "host", "--read-only", "--tmpfs", "/tmp", "--user", "10001:10001",
             "--env", $"ASPNETCORE_HTTP_PORTS={port}", "--env", $"Redirector__Metrics__Port={metricsPort}", "--env", "Redirector__Metrics__Host=localhost",
             "--env", "Redirector__DrainDelay=00:00:01", image],
            TimeSpan.FromMinutes(1),
            _environment);
        Assert.True(started == 0, $"podman run failed: {startLog}");

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitForAsync(client);

        var redirect = await client.GetAsync(new Uri("/https://arxiv.org/abs/2401.12345v2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("https://papers.cool/arxiv/2401.12345", redirect.Headers.Location?.OriginalString);
        Assert.Equal("public, max-age=3600, s-maxage=86400", redirect.Headers.CacheControl?.ToString());

        // Full-width text needs ICU's normaliser, which the binary loads by name: the image must carry it.
        var fullWidth = await client.GetAsync(new Uri("/arXiv%EF%BC%9A%EF%BC%92%EF%BC%94%EF%BC%90%EF%BC%91%EF%BC%8E%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95", UriKind.Relative));
        Assert.Equal("https://papers.cool/arxiv/2401.12345", fullWidth.Headers.Location?.OriginalString);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var landing = await (await client.SendAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("论文直达", landing, StringComparison.Ordinal);

        var metrics = await Scrape.UntilAsync(metricsPort, text => Scrape.Sum(text, "redirector_redirects_total") >= 2);
        Assert.Equal(2, Scrape.Sum(metrics, "redirector_redirects_total", "source=\"arxiv\""));

        // The service's own process, as the host's kernel sees it: real and effective user 10001.
        var (_, pid) = await Tools.RunAsync(_podman, ["inspect", "--format", "{{.State.Pid}}", _name], TimeSpan.FromSeconds(30), _environment);
        var uid = File.ReadLines($"/proc/{pid.Trim()}/status").Single(line => line.StartsWith("Uid:", StringComparison.Ordinal));
        Assert.Equal(["10001", "10001"], uid.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1..3]);

        var clock = Stopwatch.StartNew();
        var (stopped, stopLog) = await Tools.RunAsync(_podman, ["stop", "--time", "20", _name], TimeSpan.FromSeconds(40), _environment);
        Assert.True(stopped == 0, $"podman stop failed: {stopLog}");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"stopped after {clock.Elapsed}, before the drain delay was over");
        var (_, exitCode) = await Tools.RunAsync(_podman, ["inspect", "--format", "{{.State.ExitCode}}", _name], TimeSpan.FromSeconds(30), _environment);
        Assert.Equal("0", exitCode.Trim());
        var (_, logs) = await Tools.RunAsync(_podman, ["logs", _name], TimeSpan.FromSeconds(30), _environment);
        Assert.Contains("/readyz answers 503", logs, StringComparison.Ordinal);
    }

    /// <summary>Every file in the image, as podman exports a container made from it (the image has no shell to list them).</summary>
    private async Task<string[]> ImageFilesAsync(string image)
    {
        var container = _name + "-files";
        var (created, createLog) = await Tools.RunAsync(_podman, ["create", "--name", container, image], TimeSpan.FromMinutes(1), _environment);
        Assert.True(created == 0, $"podman create failed: {createLog}");
        var archive = Path.Combine(_state, "files.tar");
        try
        {
            var (exported, exportLog) = await Tools.RunAsync(_podman, ["export", "--output", archive, container], TimeSpan.FromMinutes(1), _environment);
            Assert.True(exported == 0, $"podman export failed: {exportLog}");
            var (listed, list) = await Tools.RunAsync("tar", ["-tf", archive], TimeSpan.FromMinutes(1));
            Assert.True(listed == 0, $"tar failed: {list}");
            return list.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            await Tools.RunAsync(_podman, ["rm", "--force", container], TimeSpan.FromSeconds(30), _environment);
            File.Delete(archive);
        }
    }

    private static async Task WaitForAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the container did not become ready within 30 s");
            await Task.Delay(200);
        }
    }

}
