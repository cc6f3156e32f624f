using Microsoft.Extensions.Localization;
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
        // Pages in the reader's language (request localisation has run); problem+json stays English for API clients.
        var key = status is 502 or 504 or 408 or 413 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "400";
        var siteFault = status >= 500;
        if (siteFault)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        var text = context.RequestServices.GetRequiredService<IStringLocalizer<PageText>>();
        HtmlPage.VaryByReader(context.Response);
        if (PaperResponses.AcceptsHtml(context.Request))
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            var title = HtmlPage.Encoder.Encode(text[$"Forward.{key}.Title"]);
            return TypedResults.Content(
                HtmlPage.Render(text, title, $"<h1>{title}</h1><p>{HtmlPage.Encoder.Encode(text[$"Forward.{key}.Detail"])}</p>"),
                "text/html; charset=utf-8",
                statusCode: status).ExecuteAsync(context);
        }

        return PaperResponses.Problem(status, PageText.English($"Forward.{key}.Title"), PageText.English($"Forward.{key}.Detail")).ExecuteAsync(context);
    }
}
