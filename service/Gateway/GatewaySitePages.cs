using Redirector.Redirects;

namespace Redirector.Gateway;

/// <summary>Gateway mode: every page the door does not answer itself goes to the upstream, looked up or not.</summary>
public sealed class GatewaySitePages(UpstreamForwarder forwarder, PaperResponses responses) : ISitePages
{
    private readonly ForwardResult _forward = new(forwarder);

    public IResult PassThrough(HttpContext context) => _forward;

    public IResult Unanswered(HttpContext context, Lookup lookup, string input) =>
        lookup.Outcome == LookupOutcome.TooManyIds ? responses.TooManyIds() : _forward;
}
