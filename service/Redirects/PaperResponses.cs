// service/Redirects: from a request to the site's address: the lookup, the cacheable 302 (plain ones first), the 4xx.
using Microsoft.AspNetCore.Http.HttpResults;
using Redirector.Pages;
using Microsoft.Extensions.Localization;
using Redirector.PaperIds;

namespace Redirector.Redirects;

/// <summary>Turns a lookup into what the user gets: a redirect on the target, or a clear 4xx.</summary>
public sealed class PaperResponses(
    TargetSite target,
    PaperLookup lookup,
    RedirectPolicy redirects,
    Gateway.OwnAnswersRateLimiter ownAnswers,
    ILoggerFactory loggers,
    IStringLocalizer<PageText> text)
{
    private readonly ILogger _requests = loggers.CreateLogger(RequestLog.Category);

    public TargetSite Target => target;

    /// <summary>The pages' text in the reader's language (request localisation has set the culture).</summary>
    public IStringLocalizer<PageText> Text => text;

    public PaperLookup Lookup => lookup;

    public IResult RedirectTo(HttpRequest request, string url)
    {
        if (!target.IsOnTarget(url))
        {
            return Problem(StatusCodes.Status400BadRequest, "Cannot redirect", "The request cannot be turned into an address on the target site.");
        }

        RequestLog.Redirected(_requests, request.Path, url);
        return CacheableRedirect.To(url, redirects);
    }

    /// <summary>A redirect to the paper page, the pages to choose from when one cannot hold them all, or the 4xx that explains why there is none.</summary>
    public IResult ForLookup(HttpRequest request, Lookup result, string input) => result.Outcome switch
    {
        LookupOutcome.Found => ForPapers(request, result.Ids),
        LookupOutcome.NoId => NoPaperFound(request, input),
        _ => TooLong(),
    };

    /// <summary>One page: a redirect. Both kinds, or more ids than a page holds: every page, for the reader to open.</summary>
    public IResult ForPapers(HttpRequest request, PaperId[] ids)
    {
        if (ids.Length <= lookup.MaxIds && OneKind(ids))
        {
            return RedirectTo(request, target.PaperUrl(ids)!);
        }

        return Choices(request, ids.Length, target.PaperUrls(ids, lookup.MaxIds));
    }

    private static bool OneKind(PaperId[] ids)
    {
        foreach (var id in ids)
        {
            if (id.Kind != ids[0].Kind)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// 300 Multiple Choices: a redirect can name only one page. Browsers get a page of links; programs get
    /// problem+json with the same links. Nothing found is left out.
    /// </summary>
    private IResult Choices(HttpRequest request, int idCount, List<string> urls)
    {
        // A page of links for every id a client sends is the door's own work, limited like its other pages.
        if (ownAnswers.Refuse(request.HttpContext) is { } refusal)
        {
            return refusal;
        }

        foreach (var url in urls)
        {
            if (!target.IsOnTarget(url))
            {
                return Problem(StatusCodes.Status400BadRequest, "Cannot redirect", "The request cannot be turned into an address on the target site.");
            }
        }

        HtmlPage.VaryByReader(request.HttpContext.Response);
        if (AcceptsHtml(request))
        {
            request.HttpContext.Response.Headers.ContentSecurityPolicy = PaperChoicesPage.ContentSecurityPolicy;
            return TypedResults.Content(PaperChoicesPage.Render(text, idCount, lookup.MaxIds, urls), "text/html; charset=utf-8", statusCode: StatusCodes.Status300MultipleChoices);
        }

        return Problem(
            StatusCodes.Status300MultipleChoices,
            "Papers on several pages",
            $"The {idCount} ids found need {urls.Count} pages of the site: arXiv papers and conference papers are on separate pages, and a page shows at most {lookup.MaxIds}.",
            new Dictionary<string, object?> { ["ids"] = idCount, ["urls"] = urls });
    }

    /// <summary>
    /// An address on the site itself (<c>https://papers.cool/venue/ICML.2025</c>) leads to the same page there: its
    /// paper ids normalised when its path names papers, otherwise the same path and query. Null for any other input.
    /// </summary>
    public IResult? ForOwnAddress(HttpRequest request, string input)
    {
        // One address, not a pasted text that happens to start with one: the text's other ids must not be lost, and
        // a text must never become a Location header.
        if (input.Length > lookup.MaxInputLength || input.AsSpan().Trim().ContainsAny(" \t\r\n")
            || !target.TryReadOwnAddress(input, out var pathAndQuery))
        {
            return null;
        }

        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        if (path.StartsWith(SitePaths.ArxivPrefix, StringComparison.Ordinal) || path.StartsWith(SitePaths.VenuePrefix, StringComparison.Ordinal))
        {
            var found = lookup.Find(path);
            if (found.Outcome == LookupOutcome.Found)
            {
                return ForPapers(request, found.Ids);
            }
        }

        return RedirectTo(request, target.OwnPathUrl(pathAndQuery));
    }

    /// <summary>
    /// The 4xx for input without a paper id. A venue the site lists but whose paper the address does not name, and a
    /// publisher the site never collects, are said in words, with a title search; anything else offers a search for its words.
    /// </summary>
    public IResult NoPaperFound(HttpRequest request, string input)
    {
        HtmlPage.VaryByReader(request.HttpContext.Response);
        var site = KnownSites.Classify(input);
        return site.Kind switch
        {
            SiteKind.ListedVenue => ListedVenue(request, site.Name, input),
            SiteKind.NotCollected => NotCollected(request, site.Name, input),
            _ => NoId(request, input),
        };
    }

    private IResult ListedVenue(HttpRequest request, string venue, string input) => KnownSite(
        request,
        () => KnownSitePages.ListedVenue(text, venue, input, target.VenueSearchAction),
        () => Problem(
            StatusCodes.Status404NotFound,
            "Paper id unknown for this venue",
            $"Cool Papers lists {venue} papers, but this address does not say which one. Search the site for the paper's title.",
            new Dictionary<string, object?> { ["input"] = input, ["venue"] = venue, ["search"] = target.VenueSearchAction + "?query=" }));

    private IResult NotCollected(HttpRequest request, string publisher, string input) => KnownSite(
        request,
        () => KnownSitePages.NotCollected(text, publisher, input, target.ArxivSearchAction),
        () => Problem(
            StatusCodes.Status404NotFound,
            "Publisher not collected",
            $"Cool Papers does not list papers from {publisher}. Search the site for the paper's title: it may have a preprint on arXiv.",
            new Dictionary<string, object?> { ["input"] = input, ["publisher"] = publisher, ["search"] = target.ArxivSearchAction + "?highlight=1&query=" }));

    /// <summary>A 404 that says what the address is: a page with a search form for browsers, problem+json for programs.</summary>
    private IResult KnownSite(HttpRequest request, Func<string> page, Func<ProblemHttpResult> problem)
    {
        if (!AcceptsHtml(request))
        {
            return problem();
        }

        request.HttpContext.Response.Headers.ContentSecurityPolicy = KnownSitePages.ContentSecurityPolicy(target.OriginText);
        return TypedResults.Content(page(), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }

    private IResult NoId(HttpRequest request, string input)
    {
        var searchUrl = target.SearchUrl(SearchWords(input));
        if (AcceptsHtml(request))
        {
            request.HttpContext.Response.Headers.ContentSecurityPolicy = NotFoundPage.ContentSecurityPolicy;
            return TypedResults.Content(NotFoundPage.Render(text, input, searchUrl), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        return Problem(
            StatusCodes.Status404NotFound,
            "No paper id found",
            "No arXiv id, arXiv DOI or conference paper URL was found in the input.",
            new Dictionary<string, object?> { ["input"] = input, ["search"] = searchUrl });
    }

    public ProblemHttpResult TooLong() => Problem(
        StatusCodes.Status414UriTooLong,
        "Input too long",
        $"The input may be at most {lookup.MaxInputLength} characters long.",
        new Dictionary<string, object?> { ["limit"] = lookup.MaxInputLength });

    /// <summary>A pasted or shared text over the form's limit: said, never cut.</summary>
    public ProblemHttpResult FormTooLong() => Problem(
        StatusCodes.Status413PayloadTooLarge,
        "Text too long",
        $"The text may be at most {lookup.MaxFormLength} characters long.",
        new Dictionary<string, object?> { ["limit"] = lookup.MaxFormLength });

    public static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    internal static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    // A site search is only useful for words, so an input that was a URL offers its readable part.
    private static string SearchWords(string input)
    {
        var words = Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? Uri.UnescapeDataString(uri.AbsolutePath).Replace('/', ' ').Replace('-', ' ').Trim()
            : input.Trim();
        return words.Length > 200 ? words[..200] : words;
    }
}
