using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Redirector.Hosting;

/// <summary>Which proxies in front of the door may tell it who the client is.</summary>
internal static class TrustedProxies
{
    /// <summary>
    /// The configured list is the whole list. The framework trusts loopback by default, which would let any process on
    /// the same machine (a sidecar, a proxy that passes the header through) choose the client address the site sees
    /// and the rate-limit bucket it is counted in.
    /// </summary>
    internal static IServiceCollection TrustOnly(this IServiceCollection services, IReadOnlyCollection<string> proxies) =>
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // With both lists empty the middleware believes every sender, so an empty list must mean "read nothing".
            forwarded.ForwardedHeaders = proxies.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();

            // Walking X-Forwarded-For from the right stops at the first address that is not a listed proxy, so a
            // chain of listed proxies resolves to the client and a client's own entries further left are never read.
            forwarded.ForwardLimit = null;
            foreach (var proxy in proxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(proxy, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            }
        });
}
