using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;

namespace Redirector.Gateway;

/// <summary>
/// RFC 9110 section 7.6.1: a header named in <c>Connection</c> is meant for the next hop only, and a proxy removes it,
/// in both directions. The forwarder drops the standard hop-by-hop headers but not the ones a message names itself.
/// </summary>
internal static class HopByHopHeaders
{
    internal static ValueTask RemoveFromRequest(RequestTransformContext context)
    {
        var connection = context.HttpContext.Request.Headers.Connection;
        if (connection.Count == 0)
        {
            return default;
        }

        foreach (var name in context.HttpContext.Request.Headers.GetCommaSeparatedValues(HeaderNames.Connection))
        {
            RequestTransform.RemoveHeader(context, name);
        }

        return default;
    }

    internal static ValueTask RemoveFromResponse(ResponseTransformContext context)
    {
        var response = context.ProxyResponse;
        if (response is null || !response.Headers.NonValidated.Contains(HeaderNames.Connection))
        {
            return default;
        }

        foreach (var name in response.Headers.Connection)
        {
            context.HttpContext.Response.Headers.Remove(name);
        }

        return default;
    }
}
