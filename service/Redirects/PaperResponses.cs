using Microsoft.AspNetCore.Http.HttpResults;
using Redirector.Pages;

namespace Redirector.Redirects;

/// <summary>Turns a lookup into what the user gets: a redirect on the target, or a clear 4xx.</summary>
public sealed class PaperResponses(TargetSite target, PaperLookup lookup, ILoggerFactory loggers)
{
    private readonly ILogger _requests = loggers.CreateLogger(RequestLog.Category);

    public TargetSite Target => target;

    public PaperLookup Lookup => lookup;

    public IResult RedirectTo(HttpRequest request, string url)
    {
        if (!target.IsOnTarget(url))
        {
            return Problem(StatusCodes.Status400BadRequest, "Cannot redirect", "The request cannot be turned into an address on the target site.");
        }

        RequestLog.Redirected(_requests, request.Path, url);
        return TypedResults.Redirect(url);
    }

    /// <summary>A redirect to the paper page, or the 4xx that explains why there is none.</summary>
    public IResult ForLookup(HttpRequest request, Lookup result, string input) => result.Outcome switch
    {
        LookupOutcome.Found => RedirectTo(request, target.PaperUrl(result.Ids)!),
        LookupOutcome.NoId => NoPaperFound(request, input),
        LookupOutcome.TooLong => TooLong(),
        _ => TooManyIds(),
    };

    public IResult NoPaperFound(HttpRequest request, string input)
    {
        var searchUrl = target.SearchUrl(SearchWords(input));
        if (AcceptsHtml(request))
        {
            request.HttpContext.Response.Headers.ContentSecurityPolicy = NotFoundPage.ContentSecurityPolicy;
            return TypedResults.Content(NotFoundPage.Render(input, searchUrl), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
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
        $"The input may be at most {lookup.MaxInputLength} characters long.");

    public ProblemHttpResult TooManyIds() => Problem(
        StatusCodes.Status400BadRequest,
        "Too many ids",
        $"One request may name at most {lookup.MaxIds} papers.");

    public static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    private static bool AcceptsHtml(HttpRequest request) =>
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
