using System.Collections.Frozen;
using Microsoft.AspNetCore.Routing.Patterns;
using Redirector.Redirects;

namespace Redirector.Hosting;

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
        FrozenSet<string>? fixedPaths = null;
        return app.Use((context, next) =>
        {
            var request = context.Request;
            return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && !(fixedPaths ??= FixedPaths(routes)).Contains(Normalised(request.Path.Value))
                && plain.TryAnswer(context)
                ? Task.CompletedTask
                : next(context);
        });
    }

    /// <summary>The paths of every endpoint without route parameters: all of them but the paper endpoints' catch-alls.</summary>
    internal static FrozenSet<string> FixedPaths(IEndpointRouteBuilder routes) =>
        routes.DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.Parameters.Count == 0)
            .Select(endpoint => Normalised(endpoint.RoutePattern.RawText))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The path as routing compares it: case aside, and with or without a trailing slash.</summary>
    private static string Normalised(string? path)
    {
        path = string.IsNullOrEmpty(path) ? "/" : path[0] == '/' ? path : "/" + path;
        return path.Length > 1 && path[^1] == '/' ? path[..^1] : path;
    }

}
