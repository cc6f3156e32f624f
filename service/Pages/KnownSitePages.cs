using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>
/// Pages for addresses without a paper id that still say something: a venue the site lists whose paper the address
/// does not name, and a publisher the site never collects. Both end in a title search on the site, since a title is
/// what the reader has in front of them.
/// </summary>
internal static class KnownSitePages
{
    /// <param name="targetOrigin">Where the page's search form goes.</param>
    internal static string ContentSecurityPolicy(string targetOrigin) => HtmlPage.ContentSecurityPolicy(null, formAction: targetOrigin);

    internal static string ListedVenue(IStringLocalizer<PageText> text, string venue, string input, string searchAction)
    {
        var html = HtmlPage.Encoder;
        var title = HtmlPage.Format(text["Venue.Title"], html.Encode(venue));
        return HtmlPage.Render(
            text,
            title,
            $"""
            <h1>{title}</h1>
            <p>{HtmlPage.Format(text["Venue.Explain"], html.Encode(venue), $"<code>{html.Encode(Shorten(input))}</code>")}</p>
            {SearchForm(text, searchAction, extraField: null)}
            <p class="muted">{html.Encode(text["Venue.Extension"])}</p>
            <p><a href="{LandingPage.Path}">{html.Encode(text["Page.TryAnotherLink"])}</a></p>
            """);
    }

    internal static string NotCollected(IStringLocalizer<PageText> text, string publisher, string input, string searchAction)
    {
        var html = HtmlPage.Encoder;
        var title = HtmlPage.Format(text["Publisher.Title"], html.Encode(publisher));
        return HtmlPage.Render(
            text,
            title,
            $"""
            <h1>{title}</h1>
            <p>{HtmlPage.Format(text["Publisher.Explain"], $"<code>{html.Encode(Shorten(input))}</code>", html.Encode(publisher))}</p>
            <p>{html.Encode(text["Publisher.Preprint"])}</p>
            {SearchForm(text, searchAction, extraField: """<input type="hidden" name="highlight" value="1">""")}
            <p><a href="{LandingPage.Path}">{html.Encode(text["Page.TryAnotherLink"])}</a></p>
            """);
    }

    private static string SearchForm(IStringLocalizer<PageText> text, string action, string? extraField) =>
        $"""
        <form action="{HtmlPage.Encoder.Encode(action)}" method="get" role="search">
          <label for="query">{HtmlPage.Encoder.Encode(text["Search.Label"])}</label>
          <input type="text" id="query" name="query" required autofocus>
          {extraField}
          <button type="submit">{HtmlPage.Encoder.Encode(text["Search.Button"])}</button>
        </form>
        """;

    private static string Shorten(string input) => input.Length > 300 ? input[..300] + "…" : input;
}
