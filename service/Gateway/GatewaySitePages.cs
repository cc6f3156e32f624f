using Redirector.PaperIds;
using Redirector.Redirects;

namespace Redirector.Gateway;

/// <summary>Gateway mode: every page the door does not answer itself goes to the upstream, looked up or not.</summary>
public sealed class GatewaySitePages(UpstreamForwarder forwarder, PaperResponses responses) : ISitePages
{
    private readonly ForwardResult _forward = new(forwarder);

    public IResult PassThrough(HttpContext context) => _forward;

    // A URL of a listed venue or a publisher is no page of the site: the door explains it instead of asking the site.
    public IResult Unanswered(HttpContext context, Lookup lookup, string input) => lookup.Outcome switch
    {
        LookupOutcome.NoId when KnownSites.Classify(input).Kind != SiteKind.None => responses.NoPaperFound(context.Request, input),
        _ => _forward,
    };
}
