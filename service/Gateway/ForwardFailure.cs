using Yarp.ReverseProxy.Forwarder;

namespace Redirector.Gateway;

/// <summary>
/// Whose fault a failed forward was and what the client is told. The client's mistakes (a malformed or stalled body,
/// going away) are 4xx and are not the site's failure; only the site's faults are 502 or 504 and logged as such.
/// </summary>
internal readonly record struct ForwardFailure(bool IsClients, int Status)
{
    internal static ForwardFailure Of(ForwarderError error, HttpContext context) => error switch
    {
        // The forwarder has already chosen the precise code: 400 for malformed framing, 408 for a body that arrived
        // too slowly, 413 for one larger than the server's limit.
        ForwarderError.RequestBodyClient => Client(context.Response.StatusCode is >= 400 and < 500 ? context.Response.StatusCode : StatusCodes.Status400BadRequest),
        ForwarderError.ResponseBodyClient or ForwarderError.UpgradeRequestClient or ForwarderError.UpgradeResponseClient
            or ForwarderError.UpgradeActivityTimeout => Client(StatusCodes.Status400BadRequest),

        // Canceled: either the client went away, or the site went quiet for longer than the timeout.
        ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.ResponseBodyCanceled
            or ForwarderError.UpgradeRequestCanceled or ForwarderError.UpgradeResponseCanceled =>
            context.RequestAborted.IsCancellationRequested ? Client(StatusCodes.Status400BadRequest) : Site(StatusCodes.Status504GatewayTimeout),

        ForwarderError.RequestTimedOut => Site(StatusCodes.Status504GatewayTimeout),
        ForwarderError.RequestBodyDestination when context.Response.StatusCode == StatusCodes.Status504GatewayTimeout => Site(StatusCodes.Status504GatewayTimeout),
        _ => Site(StatusCodes.Status502BadGateway),
    };

    /// <summary>Whether the client's request body stopped part-way: its connection cannot be used again.</summary>
    internal bool LeavesRequestBodyUnread(ForwarderError error) =>
        IsClients && error is ForwarderError.RequestBodyClient or ForwarderError.RequestBodyCanceled;

    /// <summary>Nothing can reach a client that has gone away.</summary>
    internal bool ClientIsGone(HttpContext context) => IsClients && context.RequestAborted.IsCancellationRequested;

    private static ForwardFailure Client(int status) => new(true, status);

    private static ForwardFailure Site(int status) => new(false, status);
}
