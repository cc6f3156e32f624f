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

    internal static string Render(string targetOrigin, int maxIds) => HtmlPage.Render(
        "Cool Papers Redirector",
        $"""
        <h1>Cool Papers Redirector</h1>
        <p>From any page that mentions a paper to its page on <a href="{targetOrigin}">{targetOrigin}</a>, in one step.</p>
        <form action="{GoPath}" method="get">
          <label for="q">Paste a paper URL, an arXiv id, a DOI or a sentence that cites papers:</label>
          <input type="text" id="q" name="q" placeholder="https://arxiv.org/abs/2401.12345v2" autofocus required>
          <button type="submit">Open in Cool Papers</button>
        </form>
        <h2>Put this address in front of any URL</h2>
        <p>Type this service's address before a paper's URL: <code>&lt;this address&gt;/https://arxiv.org/abs/2401.12345v2</code>.
        It understands arXiv (new and old style, versions, DOIs, mirrors such as ar5iv, alphaXiv, Hugging Face and Semantic Scholar),
        OpenReview, the ACL Anthology, IJCAI, PMLR, the CVF's open access (CVPR, ICCV), AAAI and USENIX, and several ids at once,
        up to {maxIds}. The site's own addresses lead to the same page. For NeurIPS, ECCV and other venues whose addresses do
        not name the paper, it offers a search by title.</p>
        <h2>Bookmarklet</h2>
        <p>Drag this link to your bookmarks bar, then click it on any paper page (works on mobile too, as a bookmark):
        <a class="bookmarklet" id="bookmarklet" href="#">Open in Cool Papers</a></p>
        <p class="muted">API: <code>GET /api/ids?q=…</code> lists the ids found, as JSON.</p>
        """,
        Script);
}
