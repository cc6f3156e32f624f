using System.Text.Encodings.Web;

namespace Redirector.Pages;

/// <summary>
/// Pages for addresses without a paper id that still say something: a venue the site lists whose paper the address
/// does not name, and a publisher the site never collects. Both end in a title search on the site, since a title is
/// what the reader has in front of them.
/// </summary>
internal static class KnownSitePages
{
    internal static string ContentSecurityPolicy(string searchAction) =>
        HtmlPage.ContentSecurityPolicy(null, formAction: new Uri(searchAction).GetLeftPart(UriPartial.Authority));

    internal static string ListedVenue(string venue, string input, string searchAction)
    {
        var html = HtmlEncoder.Default;
        return HtmlPage.Render(
            $"{html.Encode(venue)} is listed on Cool Papers",
            $"""
            <h1>{html.Encode(venue)} is listed on Cool Papers</h1>
            <p>Cool Papers lists {html.Encode(venue)} papers, but <code>{html.Encode(Shorten(input))}</code> does not say which
            paper it is in a form the site uses. Search for the paper's title instead:</p>
            {SearchForm(searchAction, extraField: null)}
            <p class="muted">With the browser extension, choosing "Open in Cool Papers" on the paper's page searches for its title by itself.</p>
            <p><a href="{LandingPage.Path}">Try another address</a></p>
            """);
    }

    internal static string NotCollected(string publisher, string input, string searchAction)
    {
        var html = HtmlEncoder.Default;
        return HtmlPage.Render(
            $"Cool Papers does not list papers from {html.Encode(publisher)}",
            $"""
            <h1>Cool Papers does not list papers from {html.Encode(publisher)}</h1>
            <p><code>{html.Encode(Shorten(input))}</code> is a paper on {html.Encode(publisher)}. Cool Papers only lists papers
            that can be read freely, so papers only published there are not on the site.</p>
            <p>Many such papers also have a preprint on arXiv. Search Cool Papers' arXiv papers for the title:</p>
            {SearchForm(searchAction, extraField: """<input type="hidden" name="highlight" value="1">""")}
            <p><a href="{LandingPage.Path}">Try another address</a></p>
            """);
    }

    private static string SearchForm(string action, string? extraField) =>
        $"""
        <form action="{HtmlEncoder.Default.Encode(action)}" method="get" role="search">
          <label for="query">Paper title</label>
          <input type="text" id="query" name="query" required autofocus>
          {extraField}
          <button type="submit">Search Cool Papers</button>
        </form>
        """;

    private static string Shorten(string input) => input.Length > 300 ? input[..300] + "…" : input;
}
