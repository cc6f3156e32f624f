using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>
/// The ids found need more than one page of the site (arXiv and conference papers are on separate pages, and a page
/// holds a limited number): every page, as a link, so that nothing found is left out.
/// </summary>
internal static class PaperChoicesPage
{
    internal static string Render(IStringLocalizer<PageText> text, int idCount, int perPage, IReadOnlyList<string> urls)
    {
        var encoder = HtmlPage.Encoder;
        var title = encoder.Encode(text["Choices.Title"]);
        var links = string.Concat(urls.Select(url =>
            $"""<li><a class="paper-page" href="{encoder.Encode(url)}">{encoder.Encode(Describe(url))}</a></li>"""));
        var count = idCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return HtmlPage.Render(
            text,
            title,
            $"""
            <h1>{title}</h1>
            <p>{HtmlPage.Format(text["Choices.Explain"], count, urls.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), perPage.ToString(System.Globalization.CultureInfo.InvariantCulture))}</p>
            <ol>{links}</ol>
            <p><a href="{LandingPage.Path}">{encoder.Encode(text["Page.TryAnotherLink"])}</a></p>
            """);
    }

    // The path says what the page holds: /arxiv/2401.12345,2312.00001 or /venue/…; long lists are shortened for reading.
    private static string Describe(string url)
    {
        var path = new Uri(url).AbsolutePath;
        return path.Length > 120 ? path[..117] + "…" : path;
    }
}
