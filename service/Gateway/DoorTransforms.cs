using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Redirector.Gateway;

/// <summary>
/// What changes on the way to the site: headers meant for one hop stop at the door; the door, not the client, says who
/// the client is, which host it asked for and how it came; the target is sent as the client wrote it.
/// </summary>
internal static class DoorTransforms
{
    internal static HttpTransformer Create(ITransformBuilder builder, PublicHosts hosts, ConnectionClaims claims) => builder.Create(context =>
    {
        // First, so that a client naming the door's own headers in Connection cannot remove them.
        context.AddRequestTransform(HopByHopHeaders.RemoveFromRequest);
        context.AddResponseTransform(HopByHopHeaders.RemoveFromResponse);
        context.AddRequestTransform(claims.Remove);

        // YARP's defaults would pass the client's Host on as X-Forwarded-Host.
        context.UseDefaultForwarders = false;
        context.AddXForwardedFor();
        context.AddXForwardedProto();
        context.AddXForwardedPrefix();
        context.RequestTransforms.Add(new ForwardedHostTransform(hosts));
        context.RequestTransforms.Add(new ReceivedTargetTransform());
    });
}
