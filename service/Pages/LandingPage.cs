using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>What the service does, a box to paste into, and the bookmarklet for browsers without the extension.</summary>
internal static class LandingPage
{
    internal const string Path = "/redirector";
    internal const string GoPath = "/redirector/go";

    // The bookmarklet needs the service's own address. It is read from the browser's location rather than the
    // request's Host header, which a client controls.
    internal const string Script =
        "document.getElementById('bookmarklet').href=\"javascript:void(location.href='\"+location.origin+\"/'+location.href)\";";

    internal static readonly string ContentSecurityPolicy = HtmlPage.ContentSecurityPolicy(Script);

    /// <param name="targetOrigin">Already HTML-encoded.</param>
    internal static string Render(IStringLocalizer<PageText> text, string targetOrigin, int maxIds)
    {
        var html = HtmlPage.Encoder;
        var title = html.Encode(text["Landing.Title"]);
        var button = html.Encode(text["Landing.Button"]);
        var example = $"<code>&lt;{html.Encode(text["Landing.ThisAddress"])}&gt;/https://arxiv.org/abs/2401.12345v2</code>";
        return HtmlPage.Render(
            text,
            title,
            $"""
            <h1>{title}</h1>
            <p>{NotFoundPage.Format(text["Landing.Intro"], $"<a href=\"{targetOrigin}\">{targetOrigin}</a>")}</p>
            <form action="{GoPath}" method="get">
              <label for="q">{html.Encode(text["Landing.Label"])}</label>
              <input type="text" id="q" name="q" placeholder="https://arxiv.org/abs/2401.12345v2" autofocus required>
              <button type="submit">{button}</button>
            </form>
            <h2>{html.Encode(text["Landing.PrefixHeading"])}</h2>
            <p>{NotFoundPage.Format(text["Landing.PrefixHowTo"], example)}
            {NotFoundPage.Format(text["Landing.Sources"], maxIds.ToString(System.Globalization.CultureInfo.InvariantCulture))}</p>
            <h2>{html.Encode(text["Landing.BookmarkletHeading"])}</h2>
            <p>{html.Encode(text["Landing.BookmarkletHowTo"])}
            <a class="bookmarklet" id="bookmarklet" href="#">{button}</a></p>
            <p class="muted">{NotFoundPage.Format(text["Landing.Api"], "<code>GET /api/ids?q=…</code>")}</p>
            """,
            Script);
    }
}
