// service/Gateway: gateway mode, the door to the site: forwarding, what changes on the way, readiness, rate limits.
using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.Fleet;
using Redirector.Redirects;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Redirector.Gateway;

/// <summary>
/// Sends a request to the upstream as it came (method, target, headers, body), changed only as
/// <see cref="DoorTransforms"/> says. When that fails before anything was sent to the client, the client gets a clear
/// answer: a 4xx when the request was at fault, a 502 or 504 when the site was.
/// </summary>
public sealed class UpstreamForwarder
{
    private readonly IHttpForwarder _forwarder;
    private readonly UpstreamClient _client;
    private readonly HttpTransformer _transformer;
    private readonly ForwarderRequestConfig _requestConfig;
    private readonly IClientRateLimit _rateLimiter;
    private readonly ServiceMetrics _metrics;
    private readonly ILogger _logger;

    public UpstreamForwarder(
        IHttpForwarder forwarder,
        UpstreamClient client,
        ITransformBuilder transforms,
        IClientRateLimit rateLimiter,
        ServiceMetrics metrics,
        PublicHosts hosts,
        IOptions<RedirectorOptions> options,
        ILoggerFactory loggers)
    {
        _forwarder = forwarder;
        _client = client;
        _rateLimiter = rateLimiter;
        _metrics = metrics;
        _logger = loggers.CreateLogger(RequestLog.Category);

        _transformer = DoorTransforms.Create(transforms, hosts, new ConnectionClaims(options.Value.ClientAddressHeaders));
        _requestConfig = new ForwarderRequestConfig { ActivityTimeout = options.Value.UpstreamTimeout };
    }

    public async Task ForwardAsync(HttpContext context)
    {
        var request = context.Request;
        SiteAnswer.Mark(context);

        // The site's own error pages are the site's business: an empty 404 from it stays an empty 404.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        // A tunnel is a forward proxy's job; the forwarder would not know how to send one on and report it as the site's failure.
        if (HttpMethods.IsConnect(request.Method) && context.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect != true)
        {
            RequestLog.ClientFailed(_logger, request.Method, request.Path, ForwarderError.RequestCreation, StatusCodes.Status400BadRequest, 0);
            await PaperResponses.Problem(
                StatusCodes.Status400BadRequest,
                "No tunnels here",
                "CONNECT is for forward proxies; this address is a site's front door.").ExecuteAsync(context);
            return;
        }

        var retryAfter = await _rateLimiter.TryAcquireAsync(context);
        if (retryAfter is { } wait)
        {
            _metrics.RateLimited();
            var seconds = (int)Math.Ceiling(Math.Max(wait.TotalSeconds, 1));
            RequestLog.RateLimited(_logger, request.Method, request.Path, context.Connection.RemoteIpAddress, seconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await PaperResponses.Problem(
                StatusCodes.Status429TooManyRequests,
                "Too many requests",
                $"This client sent more requests than the site allows. Try again in {seconds} s.").ExecuteAsync(context);
            return;
        }

        NoSniff.Remove(context.Response);
        var started = Stopwatch.GetTimestamp();
        var error = await _forwarder.SendAsync(context, _client.DestinationPrefix, _client.Invoker, _requestConfig, _transformer);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (error == ForwarderError.None)
        {
            RequestLog.Forwarded(_logger, request.Method, request.Path, context.Response.StatusCode, elapsed);
            _metrics.Forwarded(context.Response.StatusCode);
            return;
        }

        var failure = ForwardFailure.Of(error, context);
        if (failure.IsClients)
        {
            RequestLog.ClientFailed(_logger, request.Method, request.Path, error, failure.Status, elapsed);
        }
        else
        {
            RequestLog.UpstreamFailed(_logger, request.Method, request.Path, error, failure.Status, elapsed, context.Features.Get<IForwarderErrorFeature>()?.Exception);
            _metrics.UpstreamFailed(failure.Status, error.ToString());
        }

        // Once the upstream's status line went out, the client can only see the connection end (YARP aborts it).
        if (!context.Response.HasStarted && !failure.ClientIsGone(context))
        {
            context.Response.Clear();
            if (failure.LeavesRequestBodyUnread(error))
            {
                // The forwarder gave up on the body with a read of it still pending, so the connection cannot carry
                // another request: the client is told so. Kestrel still tries to drain that body and logs an error
                // when it cannot (dotnet/aspnetcore#17840), then closes the connection; aborting it here instead
                // would reset the connection before the client reads this answer. The rate limit bounds those lines
                // per client.
                context.Response.Headers.Connection = "close";
            }

            NoSniff.Apply(context.Response);
            await ForwardErrorPage.For(failure.Status).ExecuteAsync(context);
        }
    }
}
