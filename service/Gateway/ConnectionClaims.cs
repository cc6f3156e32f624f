using Yarp.ReverseProxy.Transforms;

namespace Redirector.Gateway;

/// <summary>
/// Headers that describe the client's connection (who it is, which host, port or scheme it used) are the door's to
/// state: the client's own versions would let it tell the site anything. The door then sets X-Forwarded-For, -Proto,
/// -Host and -Prefix itself. The framework's X-Original-* bookkeeping (a trusted proxy's address and port) is not
/// the site's business either.
/// </summary>
internal static class ConnectionClaims
{
    internal static ValueTask Remove(RequestTransformContext context)
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

    private static bool IsClaim(string name) =>
        name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-Original-", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase)
        || name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase);
}
