namespace Redirector.Gateway;

/// <summary>Lets an endpoint answer "this is the site's page" in gateway mode, like any other result.</summary>
internal sealed class ForwardResult(UpstreamForwarder forwarder) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => forwarder.ForwardAsync(httpContext);
}
