using Redirector.Pages;
using Redirector.Redirects;

namespace Redirector.Gateway;

/// <summary>502 and 504 in words: an HTML page for browsers, problem+json for everything else.</summary>
internal sealed class UpstreamErrorPage(int status) : IResult
{
    private static readonly string Policy = HtmlPage.ContentSecurityPolicy(null);

    internal static UpstreamErrorPage For(int status) => new(status);

    public Task ExecuteAsync(HttpContext context)
    {
        var (title, detail) = status == StatusCodes.Status504GatewayTimeout
            ? ("The site is taking too long", "The site behind this address did not answer in time. Paper redirects still work; please try the page again shortly.")
            : ("The site is unreachable", "The site behind this address could not be reached. Paper redirects still work; please try the page again shortly.");

        if (context.Request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            context.Response.Headers.RetryAfter = "5";
            return TypedResults.Content(
                HtmlPage.Render(title, $"<h1>{title}</h1><p>{detail}</p>"),
                "text/html; charset=utf-8",
                statusCode: status).ExecuteAsync(context);
        }

        return PaperResponses.Problem(status, title, detail).ExecuteAsync(context);
    }
}
