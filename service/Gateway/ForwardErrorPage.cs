using Redirector.Pages;
using Redirector.Redirects;

namespace Redirector.Gateway;

/// <summary>
/// A request the door could not forward, in words: an HTML page for browsers, problem+json for everything else.
/// 4xx when the request was at fault, 502 and 504 when the site was.
/// </summary>
internal sealed class ForwardErrorPage(int status) : IResult
{
    private static readonly string Policy = HtmlPage.ContentSecurityPolicy(null);

    internal static ForwardErrorPage For(int status) => new(status);

    public Task ExecuteAsync(HttpContext context)
    {
        var (title, detail) = Words(status);
        var siteFault = status >= 500;
        if (siteFault)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        if (context.Request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            return TypedResults.Content(
                HtmlPage.Render(title, $"<h1>{title}</h1><p>{detail}</p>"),
                "text/html; charset=utf-8",
                statusCode: status).ExecuteAsync(context);
        }

        return PaperResponses.Problem(status, title, detail).ExecuteAsync(context);
    }

    private static (string Title, string Detail) Words(int status) => status switch
    {
        StatusCodes.Status504GatewayTimeout => ("The site is taking too long", "The site behind this address did not answer in time. Paper redirects still work; please try the page again shortly."),
        StatusCodes.Status502BadGateway => ("The site is unreachable", "The site behind this address could not be reached. Paper redirects still work; please try the page again shortly."),
        StatusCodes.Status408RequestTimeout => ("The request arrived too slowly", "The request's body stopped arriving, so it was not passed on to the site. Please send it again."),
        StatusCodes.Status413PayloadTooLarge => ("The request is too large", "The request's body is larger than this address accepts."),
        _ => ("The request cannot be passed on", "The request is not valid HTTP, so it was not passed on to the site."),
    };
}
