using Yarp.ReverseProxy.Transforms;

namespace Redirector.Gateway;

/// <summary>X-Forwarded-Host from the door's public hosts, never the client's spelling of it.</summary>
internal sealed class ForwardedHostTransform(PublicHosts hosts) : RequestTransform
{
    private const string HeaderName = "X-Forwarded-Host";

    public override ValueTask ApplyAsync(RequestTransformContext context)
    {
        RemoveHeader(context, HeaderName);
        AddHeader(context, HeaderName, hosts.ForwardedHost(context.HttpContext.Request.Host));
        return default;
    }
}
