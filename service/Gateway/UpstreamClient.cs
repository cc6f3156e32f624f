using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Redirector.Gateway;

/// <summary>
/// The one connection pool to the upstream. A forwarder must see the upstream's answers as they are: no proxy,
/// no following redirects, no cookies, no decompression.
/// </summary>
public sealed class UpstreamClient : IDisposable
{
    public UpstreamClient(IOptions<RedirectorOptions> options)
    {
        var settings = options.Value;
        Upstream = new Uri(settings.Upstream!, UriKind.Absolute);
        Invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = settings.UpstreamConnectTimeout,
            ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),

            // Kestrel accepts header values that are valid UTF-8 (browsers send cookies that scripts set with
            // non-ASCII text that way) and decodes them as UTF-8; encoding them back the same way passes on the
            // client's bytes, where the default (ASCII only) would fail the request as if the site were down.
            RequestHeaderEncodingSelector = static (_, _) => Encoding.UTF8,
        });
    }

    public Uri Upstream { get; }

    /// <summary>The upstream as YARP wants its destination prefix: no trailing slash.</summary>
    public string DestinationPrefix => Upstream.AbsoluteUri.TrimEnd('/');

    public HttpMessageInvoker Invoker { get; }

    public void Dispose() => Invoker.Dispose();
}
