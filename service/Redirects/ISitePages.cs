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

    /// <summary>Any other path in which no paper id was found.</summary>
    IResult Unrecognised(HttpContext context, string input);
}

public sealed class RedirectModeSitePages(PaperResponses responses) : ISitePages
{
    public IResult PassThrough(HttpContext context) =>
        responses.RedirectTo(responses.Target.SamePathUrl(context.Request.Path, context.Request.QueryString));

    public IResult Unrecognised(HttpContext context, string input) => responses.NoPaperFound(context.Request, input);
}
