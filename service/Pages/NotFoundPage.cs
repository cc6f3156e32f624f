using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>The page a person sees when nothing in their input is a paper id. Everything they sent is HTML-encoded.</summary>
internal static class NotFoundPage
{
    private const int ShownInputLength = 300;

    internal static readonly string ContentSecurityPolicy = HtmlPage.ContentSecurityPolicy(null);

    internal static string Render(IStringLocalizer<PageText> text, string input, string searchUrl)
    {
        var shown = input.Length > ShownInputLength ? input[..ShownInputLength] + "…" : input;
        var html = HtmlPage.Encoder;
        var title = html.Encode(text["NotFound.Title"]);
        var search = $"""<a id="search" href="{html.Encode(searchUrl)}">{html.Encode(text["NotFound.Search"])}</a>""";
        var another = $"""<a href="{LandingPage.Path}">{html.Encode(text["Page.TryAnother"])}</a>""";
        return HtmlPage.Render(
            text,
            title,
            $"""
            <h1>{title}</h1>
            <p>{HtmlPage.Format(text["NotFound.Nothing"], $"<code>{html.Encode(shown)}</code>")}</p>
            <p>{HtmlPage.Format(text["NotFound.LooksFor"], "<code>2401.12345</code>", "<code>hep-th/9901001</code>", "<code>10.48550/arXiv.2401.12345</code>")}</p>
            <p>{HtmlPage.Format(text["NotFound.Or"], search, another)}</p>
            """);
    }
}
