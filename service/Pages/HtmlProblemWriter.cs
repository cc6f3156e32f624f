using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>
/// A browser never gets problem+json: for a request that accepts HTML, every problem the service writes (its own, the
/// rate limiter's, host filtering's, status code pages', the exception handler's) becomes a small page in the reader's
/// language. Registered ahead of the framework's JSON writer, which API clients keep getting.
/// </summary>
internal sealed class HtmlProblemWriter(IStringLocalizer<PageText> text) : IProblemDetailsWriter
{
    // The service's own problems by their (English) title, so a page can say the same in the reader's language.
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["Input too long"] = "Problem.TooLong",
        ["Nothing to look up"] = "Problem.Empty",
        ["Cannot redirect"] = "Problem.CannotRedirect",
        ["Too many requests"] = "Problem.TooManyRequests",
        ["Text too long"] = "Problem.FormTooLong",
        ["Nothing shared"] = "Problem.NothingShared",
    };

    public bool CanWrite(ProblemDetailsContext context) =>
        context.ProblemDetails.Status is >= 400 && Redirects.PaperResponses.AcceptsHtml(context.HttpContext.Request);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? response.StatusCode;
        var key = problem.Title is { } title && Keys.TryGetValue(title, out var known)
            ? known
            : status switch
            {
                404 => "Problem.NotFound",
                405 => "Problem.Method",
                413 or 414 => "Problem.TooLong",
                429 => "Problem.TooManyRequests",
                >= 500 => "Problem.Server",
                _ => "Problem.BadRequest",
            };
        var limit = problem.Extensions.TryGetValue("limit", out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;

        var encoder = HtmlPage.Encoder;
        var heading = encoder.Encode(text[$"{key}.Title"]);
        var body = $"""
            <h1>{heading}</h1>
            <p>{HtmlPage.Format(text[$"{key}.Detail"], encoder.Encode(limit))}</p>
            <p><a href="{LandingPage.Path}">{encoder.Encode(text["Page.TryAnotherLink"])}</a></p>
            """;
        response.StatusCode = status;
        Redirects.NoSniff.Apply(response);
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = NotFoundPage.ContentSecurityPolicy;
        HtmlPage.VaryByReader(response);
        return new ValueTask(response.WriteAsync(HtmlPage.Render(text, heading, body)));
    }
}
