using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>
/// The ids found need more than one page of the site (arXiv and conference papers are on separate pages, and a page
/// holds a limited number): every page, as a link, so that nothing found is left out, and a button that opens them.
/// </summary>
internal static class PaperChoicesPage
{
    // Chromium's popup blocker lets a page open one tab per click, however many its script asks for (checked with the
    // blocker on: a second window.open or link click in the same handler is dropped). So the button opens the next
    // page at each click and says which comes next, rather than promising all at once and opening one. The script is
    // the same for every page and language, its text in the button's data attributes, so the policy's hash is fixed;
    // without a script the button stays hidden and the links remain.
    private const string Script =
        "const b=document.getElementById('open-next'),l=document.querySelectorAll('a.paper-page');let i=0;"
        + "document.getElementById('open-all').hidden=false;"
        + "b.addEventListener('click',()=>{window.open(l[i].href,'_blank','noopener');i++;"
        + "b.textContent=i<l.length?b.dataset.next.replace('{0}',i+1):b.dataset.done;b.disabled=i>=l.length;});";

    internal static readonly string ContentSecurityPolicy = HtmlPage.ContentSecurityPolicy(Script);

    internal static string Render(IStringLocalizer<PageText> text, int idCount, int perPage, IReadOnlyList<string> urls)
    {
        var encoder = HtmlPage.Encoder;
        var title = encoder.Encode(text["Choices.Title"]);
        var links = string.Concat(urls.Select(url =>
            $"""<li><a class="paper-page" href="{encoder.Encode(url)}">{encoder.Encode(Describe(url))}</a></li>"""));
        var count = Number(idCount);
        var pages = Number(urls.Count);
        return HtmlPage.Render(
            text,
            title,
            $"""
            <h1>{title}</h1>
            <p>{HtmlPage.Format(text["Choices.Explain"], count, pages, Number(perPage))}</p>
            <p id="open-all" hidden><button type="button" id="open-next" data-next="{encoder.Encode(text["Choices.OpenNext", "{0}", pages])}" data-done="{encoder.Encode(text["Choices.AllOpened", pages])}">{encoder.Encode(text["Choices.OpenNext", Number(1), pages])}</button>
            <span class="muted">{encoder.Encode(text["Choices.OneClickEach"])}</span></p>
            <ol>{links}</ol>
            <p><a href="{LandingPage.Path}">{encoder.Encode(text["Page.TryAnotherLink"])}</a></p>
            """,
            Script);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The path says what the page holds: /arxiv/2401.12345,2312.00001 or /venue/…; long lists are shortened for reading.
    private static string Describe(string url)
    {
        var path = new Uri(url).AbsolutePath;
        return path.Length > 120 ? path[..117] + "…" : path;
    }
}
