using System.Text.Encodings.Web;

namespace Redirector.Pages;

/// <summary>The page a person sees when nothing in their input is a paper id. Everything they sent is HTML-encoded.</summary>
internal static class NotFoundPage
{
    private const int ShownInputLength = 300;

    internal static readonly string ContentSecurityPolicy = HtmlPage.ContentSecurityPolicy(null);

    internal static string Render(string input, string searchUrl)
    {
        var shown = input.Length > ShownInputLength ? input[..ShownInputLength] + "…" : input;
        var html = HtmlEncoder.Default;
        return HtmlPage.Render(
            "No paper id found",
            $"""
            <h1>No paper id found</h1>
            <p>Nothing in <code>{html.Encode(shown)}</code> is a paper id this service knows.</p>
            <p>It looks for arXiv ids (<code>2401.12345</code>, <code>hep-th/9901001</code>), arXiv DOIs
            (<code>10.48550/arXiv.2401.12345</code>) and paper URLs from arXiv and its mirrors, OpenReview, the ACL Anthology,
            IJCAI, PMLR, the CVF (CVPR, ICCV), AAAI and USENIX.</p>
            <p><a id="search" href="{html.Encode(searchUrl)}">Search Cool Papers for these words instead</a>
            or <a href="{LandingPage.Path}">try another address</a>.</p>
            """);
    }
}
