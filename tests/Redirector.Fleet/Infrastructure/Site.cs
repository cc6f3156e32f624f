using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Redirector.Fleet.Infrastructure;

/// <summary>The site behind the door: a paper page, and a page that takes its time, on a loopback port.</summary>
public sealed class Site : IAsyncDisposable
{
    public const string Page = "<!doctype html><h1>paper</h1>";

    private WebApplication? _app;

    public string Origin { get; private set; } = string.Empty;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/slow", async (int ms) =>
        {
            await Task.Delay(ms);
            return Results.Text("finally");
        });
        app.MapGet("/{**path}", () => Results.Content(Page, "text/html"));
        await app.StartAsync();
        _app = app;
        Origin = app.Urls.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
