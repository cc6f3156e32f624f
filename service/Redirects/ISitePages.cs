namespace Redirector.Redirects;

/// <summary>
/// What happens to requests the service does not answer with a paper redirect. In redirect mode the site's own
/// pages are redirected to the same path on the target and other input gets a 404; in gateway mode both are
/// forwarded to the upstream.
/// </summary>
public interface ISitePages
{
    /// <summary>A site path under <c>/arxiv/</c> or <c>/venue/</c> that is already canonical or is not a paper list.</summary>
    IResult PassThrough(HttpContext context);

    /// <summary>Any other path that did not resolve to papers: no id, too long, or too many ids.</summary>
    IResult Unanswered(HttpContext context, Lookup lookup, string input);
}

public sealed class RedirectModeSitePages(PaperResponses responses) : ISitePages
{
    public IResult PassThrough(HttpContext context) =>
        responses.RedirectTo(context.Request, responses.Target.SamePathUrl(context.Request.Path, context.Request.QueryString));

    public IResult Unanswered(HttpContext context, Lookup lookup, string input) => responses.ForLookup(context.Request, lookup, input);
}
