using System.Collections.Frozen;
using Redirector.Endpoints;

namespace Redirector.Redirects;

/// <summary>
/// In redirect mode, plain paper redirects (<see cref="PlainRedirects"/>) are answered ahead of routing: a pinned
/// profile put routing at about a third of what the service adds to the bare framework per redirect. Only reads whose
/// path routing would give to a paper endpoint qualify; the service's other endpoints all have fixed paths, read from
/// the route table once, and their requests (<c>/api/ids?q=2401.12345</c> among them) go on to routing untouched, as
/// does everything the plain path does not answer.
/// </summary>
internal static class PlainRedirectsFirst
{
    internal static IApplicationBuilder UsePlainRedirects(this WebApplication app)
    {
        var plain = app.Services.GetRequiredService<PlainRedirects>();
        IEndpointRouteBuilder routes = app;
        RouteTable? table = null;
        return app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                return next(context);
            }

            table ??= RouteTable.Read(routes);
            var path = request.Path.Value.AsSpan();
            if (table.IsFixed(path))
            {
                return next(context);
            }

            var route = PlainRedirects.RouteOf(path);
            if (!TryAnswer(plain, context, route))
            {
                return next(context);
            }

            // The endpoint routing would have chosen, so that the request metrics and traces name its route.
            context.SetEndpoint(table.EndpointOf(route));
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

    /// <summary>What is read from the route table once it is complete, at the first request.</summary>
    private sealed class RouteTable(FrozenSet<string> fixedPaths, Endpoint urlPrefix, Endpoint arxiv, Endpoint venue)
    {
        // Looked up by span, so that a path with a trailing slash is compared without a copy.
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _fixedPaths = fixedPaths.GetAlternateLookup<ReadOnlySpan<char>>();

        internal static RouteTable Read(IEndpointRouteBuilder routes)
        {
            var endpoints = routes.DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().ToList();
            Endpoint Named(string name) =>
                endpoints.Single(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);

            // The paths of every endpoint without route parameters: all of them but the paper endpoints' catch-alls.
            var fixedPaths = endpoints
                .Where(endpoint => endpoint.RoutePattern.Parameters.Count == 0)
                .Select(endpoint => endpoint.RoutePattern.RawText ?? string.Empty)
                .Select(raw => Normalised(raw.StartsWith('/') ? raw : "/" + raw).ToString())
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            return new RouteTable(
                fixedPaths,
                Named(PaperEndpoints.UrlPrefixName),
                Named(PaperEndpoints.ArxivPathName),
                Named(PaperEndpoints.VenuePathName));
        }

        /// <summary>Whether routing gives the path to one of the endpoints with a fixed path.</summary>
        internal bool IsFixed(ReadOnlySpan<char> path) => _fixedPaths.Contains(Normalised(path));

        internal Endpoint EndpointOf(PaperRoute route) => route switch
        {
            PaperRoute.ArxivSection => arxiv,
            PaperRoute.VenueSection => venue,
            _ => urlPrefix,
        };

        /// <summary>The path as routing compares it: case aside, and with or without a trailing slash.</summary>
        private static ReadOnlySpan<char> Normalised(ReadOnlySpan<char> path) =>
            path.IsEmpty ? "/" : path.Length > 1 && path[^1] == '/' ? path[..^1] : path;
    }
}
