using System.Collections.Frozen;
using Redirector.Endpoints;

namespace Redirector.Redirects;

/// <summary>
/// In redirect mode, plain paper redirects (<see cref="PlainRedirects"/>) are answered ahead of routing: a pinned
/// profile put routing at about a third of what the service adds to the bare framework per redirect. Only reads whose
/// path routing would give to a paper endpoint qualify; the service's other endpoints all have fixed paths, and their
/// requests (<c>/api/ids?q=2401.12345</c> among them) go on to routing untouched, as does everything the plain path does
/// not answer.
/// <para>
/// Reading the fixed paths means building every endpoint of the service, about a tenth of the native binary's start,
/// so it waits until it matters: only a query can make a fixed path's request name a paper, since no fixed path names
/// one itself (<c>EarlyPathTests</c> holds that for every one). A read without a query is tried at once, and a fixed
/// path's falls through to routing as it would have; the fixed paths are read when the first read with a query arrives.
/// </para>
/// </summary>
internal static class PlainRedirectsFirst
{
    internal static IApplicationBuilder UsePlainRedirects(this WebApplication app)
    {
        var plain = app.Services.GetRequiredService<PlainRedirects>();
        var papers = app.Services.GetRequiredService<PaperEndpointSource>();
        IEndpointRouteBuilder routes = app;
        FixedPaths? fixedPaths = null;
        PaperRouteEndpoints? named = null;
        return app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                return next(context);
            }

            // An empty path (no HTTP/1.1 or HTTP/2 request has one, but a host may pass it) is the root's, a fixed path.
            var path = request.Path.Value.AsSpan();
            if (path.IsEmpty || (request.QueryString.HasValue && (fixedPaths ??= FixedPaths.Read(routes)).Contains(path)))
            {
                return next(context);
            }

            var route = PlainRedirects.RouteOf(path);
            if (!TryAnswer(plain, context, route))
            {
                return next(context);
            }

            // The endpoint routing would have chosen, so that the request metrics and traces name its route.
            context.SetEndpoint((named ??= PaperRouteEndpoints.Read(papers.Source ?? CompositeOf(routes))).Of(route));
            return Task.CompletedTask;
        });
    }

    private static bool TryAnswer(PlainRedirects plain, HttpContext context, PaperRoute route)
    {
        try
        {
            return plain.TryAnswer(context, route);
        }
        catch (Exception) when (!context.Response.HasStarted)
        {
            // Nothing is known to throw here; if something did, the full handler runs under the exception handler and
            // answers a page or problem+json, not Kestrel's bare 500.
            context.Response.Clear();
            return false;
        }
    }

    private static CompositeEndpointDataSource CompositeOf(IEndpointRouteBuilder routes) => new(routes.DataSources);

    /// <summary>The paths of every endpoint without route parameters: all of them but the paper endpoints' catch-alls.</summary>
    internal sealed class FixedPaths(FrozenSet<string> paths)
    {
        // Looked up by span, so that a path with a trailing slash is compared without a copy.
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _paths = paths.GetAlternateLookup<ReadOnlySpan<char>>();

        internal IEnumerable<string> All => _paths.Set;

        internal static FixedPaths Read(IEndpointRouteBuilder routes) => Read(routes.DataSources);

        internal static FixedPaths Read(IEnumerable<EndpointDataSource> sources) => new(sources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.Parameters.Count == 0)
            .Select(endpoint => endpoint.RoutePattern.RawText ?? string.Empty)
            .Select(raw => Normalised(raw.StartsWith('/') ? raw : "/" + raw).ToString())
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));

        /// <summary>Whether routing gives the path to one of the endpoints with a fixed path.</summary>
        internal bool Contains(ReadOnlySpan<char> path) => _paths.Contains(Normalised(path));

        /// <summary>The path as routing compares it: case aside, and with or without a trailing slash.</summary>
        private static ReadOnlySpan<char> Normalised(ReadOnlySpan<char> path) =>
            path.IsEmpty ? "/" : path.Length > 1 && path[^1] == '/' ? path[..^1] : path;
    }

    /// <summary>The three paper endpoints, read from their own data source at the first plain answer.</summary>
    private sealed class PaperRouteEndpoints(Endpoint urlPrefix, Endpoint arxiv, Endpoint venue)
    {
        internal static PaperRouteEndpoints Read(EndpointDataSource source)
        {
            var endpoints = source.Endpoints;
            Endpoint Named(string name) =>
                endpoints.Single(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);

            return new PaperRouteEndpoints(
                Named(PaperEndpoints.UrlPrefixName),
                Named(PaperEndpoints.ArxivPathName),
                Named(PaperEndpoints.VenuePathName));
        }

        internal Endpoint Of(PaperRoute route) => route switch
        {
            PaperRoute.ArxivSection => arxiv,
            PaperRoute.VenueSection => venue,
            _ => urlPrefix,
        };
    }
}
