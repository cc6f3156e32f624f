using System.Collections.Concurrent;
using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>
/// Stands in for papers.cool on loopback. Each page shows what it was asked for, so a test can tell from the
/// browser's final page alone that the extension and the service sent the reader to the right paper.
/// </summary>
public sealed class FakeTargetSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests;

    private FakeTargetSite(WebApplication app, Uri origin, ConcurrentQueue<string> requests)
    {
        _app = app;
        Origin = origin;
        _requests = requests;
    }

    /// <summary>Scheme, host and port, without a trailing slash: the form the service's Target setting takes.</summary>
    public Uri Origin { get; }

    public string OriginText => Origin.GetLeftPart(UriPartial.Authority);

    /// <summary>Path and query of every request, as received, oldest first.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public static async Task<FakeTargetSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var requests = new ConcurrentQueue<string>();

        app.Use(async (context, next) =>
        {
            requests.Enqueue(context.Request.Path + context.Request.QueryString);
            await next(context);
        });
        // Registered before the catch-all so the site search is not taken for a paper list.
        app.MapGet("/arxiv/search", (HttpRequest request) => Page(
            "Search",
            $"<h1 id=\"search\">{Encode(request.Query["query"])}</h1><p id=\"highlight\">{Encode(request.Query["highlight"])}</p>"));
        app.MapGet("/venue/search", (HttpRequest request) => Page(
            "Venue search",
            $"<h1 id=\"venue-search\">{Encode(request.Query["query"])}</h1>"));
        app.MapGet("/arxiv/{**ids}", (HttpRequest request) => PaperPage(request));
        app.MapGet("/venue/{**ids}", (HttpRequest request) => PaperPage(request));
        app.MapGet("/", () => Page("Cool Papers", "<h1 id=\"home\">Cool Papers</h1>"));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FakeTargetSite(app, new Uri(address), requests);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static IResult PaperPage(HttpRequest request) =>
        Page(request.Path.Value ?? string.Empty, $"<h1 id=\"paper\">{Encode(request.Path.Value)}</h1><p id=\"query\">{Encode(request.QueryString.Value)}</p>");

    private static IResult Page(string title, string body) => Results.Content(
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)} (test double)</title></head><body>{body}</body></html>",
        "text/html; charset=utf-8");

    private static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
