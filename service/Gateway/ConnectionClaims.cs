using System.Collections.Frozen;
using Yarp.ReverseProxy.Transforms;

namespace Redirector.Gateway;

/// <summary>
/// Headers that describe the client's connection (who it is, which host, port or scheme it used) are the door's to
/// state: the client's own versions would let it tell the site anything, and a site behind a CDN often believes one of
/// them (<c>True-Client-IP</c>, <c>CF-Connecting-IP</c>…). The door then sets X-Forwarded-For, -Proto, -Host and
/// -Prefix itself. The framework's X-Original-* bookkeeping (a trusted proxy's address and port) is not the site's
/// business either. Names are compared with an underscore taken for a hyphen: servers that read headers through CGI
/// names (<c>HTTP_X_FORWARDED_FOR</c>) cannot tell <c>X_Forwarded_For</c> from <c>X-Forwarded-For</c>.
/// </summary>
internal sealed class ConnectionClaims
{
    /// <summary>The names CDNs, load balancers and frameworks use for the client's address, besides the prefixes below.</summary>
    internal static readonly string[] KnownNames =
    [
        "Forwarded",
        "X-Real-IP",
        "Client-IP",
        "True-Client-IP",
        "CF-Connecting-IP",
        "CF-Connecting-IPv6",
        "CF-Pseudo-IPv4",
        "X-Client-IP",
        "X-Cluster-Client-IP",
        "Fastly-Client-IP",
        "X-ProxyUser-IP",
        "X-Envoy-External-Address",
        "X-Azure-ClientIP",
        "X-Azure-SocketIP",
        "X-Appengine-User-IP",
        "X-Originating-IP",
        "X-Remote-IP",
        "X-Remote-Addr",
    ];

    private readonly FrozenSet<string> _names;

    /// <param name="moreNames">The operator's own (<c>Redirector:ClientAddressHeaders</c>), e.g. a CDN's header not listed here.</param>
    internal ConnectionClaims(IEnumerable<string> moreNames) =>
        _names = KnownNames.Concat(moreNames).Select(Hyphenated).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    internal ValueTask Remove(RequestTransformContext context)
    {
        List<string>? claims = null;
        foreach (var header in context.ProxyRequest.Headers.NonValidated)
        {
            if (IsClaim(header.Key))
            {
                (claims ??= []).Add(header.Key);
            }
        }

        foreach (var name in claims ?? [])
        {
            context.ProxyRequest.Headers.Remove(name);
        }

        return default;
    }

    private bool IsClaim(string name)
    {
        var hyphenated = Hyphenated(name);
        return hyphenated.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
            || hyphenated.StartsWith("X-Original-", StringComparison.OrdinalIgnoreCase)
            || _names.Contains(hyphenated);
    }

    // Only names with an underscore, which no ordinary request has, cost a copy.
    private static string Hyphenated(string name) => name.Contains('_', StringComparison.Ordinal) ? name.Replace('_', '-') : name;
}
