using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Transforms;

namespace Redirector.Gateway;

/// <summary>Sends the site the request target as received (see <see cref="ReceivedTarget"/>).</summary>
internal sealed class ReceivedTargetTransform : RequestTransform
{
    // Without this, Uri would decode escapes of unreserved characters and resolve dot segments its own way.
    private static readonly UriCreationOptions AsWritten = new() { DangerousDisablePathAndQueryCanonicalization = true };

    public override ValueTask ApplyAsync(RequestTransformContext context)
    {
        var rawTarget = context.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (rawTarget is not null && ReceivedTarget.Resolve(rawTarget, context.HttpContext.Request.Path) is { } target)
        {
            context.ProxyRequest.RequestUri = new Uri(context.DestinationPrefix + target, in AsWritten);
        }

        return default;
    }
}
