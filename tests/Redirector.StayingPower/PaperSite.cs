using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Redirector.StayingPower;

/// <summary>A site with a 20 KB paper page on a fixed loopback port, which can go down and come back.</summary>
public sealed class PaperSite : IAsyncDisposable
{
    public static readonly string Page = "<!doctype html><h1>paper</h1>" + new string('x', 20 * 1024);

    private WebApplication? _app;

    public int Port { get; } = ServiceProcess.FreePort();

    public string Origin => $"http://127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Origin);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{**path}", () => Results.Content(Page, "text/html"));
        await app.StartAsync();
        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
