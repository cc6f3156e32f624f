using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Redirector.Tests.Gateway;

/// <summary>One request as the site saw it; <paramref name="RawTarget"/> is the request line's target, byte for byte.</summary>
public sealed record ReceivedRequest(string Method, string Path, string Query, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A small paper site on a real loopback port: a paper page, a list page, a form endpoint, and endpoints that are
/// slow, fail or cut the connection. It can be stopped and started again on the same port.
/// </summary>
public sealed class FakeUpstream : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>
    /// 0 until the first start, which lets the system choose: a port picked in advance can be taken by another
    /// process on a shared machine before the site binds it. Restarts reuse the port, as a real site would.
    /// </summary>
    public int Port { get; private set; }

    public string Origin => $"http://127.0.0.1:{Port}";

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Origin);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Request.Body.Position = 0;
            Received.Enqueue(new ReceivedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Request.QueryString.Value ?? string.Empty,
                context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body));
            await next();
        });
        app.MapGet("/", () => Results.Content("<!doctype html><h1>Home of the site</h1>", "text/html"));
        app.MapGet("/arxiv/{**ids}", (HttpContext context, string ids) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=60";
            context.Response.Headers["X-Site"] = "fake";
            context.Response.Headers.Append("Set-Cookie", "seen=1; Path=/");
            return Results.Content($"<!doctype html><title>Paper</title><h1 id=\"paper\">{WebUtility.HtmlEncode(ids)}</h1>", "text/html; charset=utf-8");
        });
        app.MapGet("/static/empty-404", () => Results.StatusCode(404));
        app.MapGet("/hop-by-hop", (HttpContext context) =>
        {
            // A header meant for the next hop only, named as such in Connection (RFC 9110 section 7.6.1).
            context.Response.Headers.Connection = "X-Upstream-Hop";
            context.Response.Headers["X-Upstream-Hop"] = "internal";
            context.Response.Headers["X-Site"] = "fake";
            return Results.Text("hop");
        });
        app.MapPost("/api/echo", async (HttpContext context) =>
        {
            context.Response.ContentType = context.Request.ContentType;
            context.Response.Headers["X-Echo-Header"] = context.Request.Headers["X-Custom"].ToString();
            await context.Request.Body.CopyToAsync(context.Response.Body);
        });
        app.MapGet("/slow", async (int ms, CancellationToken aborted) =>
        {
            await Task.Delay(ms, aborted);
            return Results.Text("finally");
        });
        app.MapGet("/unavailable", () => Results.Text("maintenance", statusCode: 503));
        app.MapGet("/reset", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength = 100_000;
            await context.Response.Body.WriteAsync(new byte[1000]);
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        await app.StartAsync();
        _app = app;
        Port = new Uri(app.Urls.First()).Port;
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

    public async ValueTask DisposeAsync() => await StopAsync();
}
