using Microsoft.Playwright;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>
/// Real-looking addresses served from files in Fixtures/, so the extension's content script and URL matching
/// see arxiv.org, openreview.net and aclanthology.org while nothing leaves the machine.
/// </summary>
public static class FixtureSites
{
    public const string ArxivAbstract = "https://arxiv.org/abs/2401.12345v2";
    public const string ArxivListing = "https://arxiv.org/list/hep-th/new";
    public const string ArxivPdf = "https://arxiv.org/pdf/2401.12345v2";
    public const string ArxivAbstractUnfamiliar = "https://arxiv.org/abs/2402.00002";
    public const string ArxivListingUnfamiliar = "https://arxiv.org/list/math/new";
    public const string OpenReviewForum = "https://openreview.net/forum?id=LcF-EEt8cCC";
    public const string AclPaper = "https://aclanthology.org/2023.acl-long.1/";
    public const string AclPaperUnfamiliar = "https://aclanthology.org/2024.acl-long.800/";

    public const string CvfPaper = "https://openaccess.thecvf.com/content/CVPR2024/html/Smith_Some_Title_CVPR_2024_paper.html";
    public const string AaaiArticle = "https://ojs.aaai.org/index.php/AAAI/article/view/28888";

    /// <summary>A NeurIPS proceedings page: the site lists the paper, but only its title can find it there.</summary>
    public const string NeurIpsAbstract =
        "https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html";

    /// <summary>The title that page declares in its citation_title meta tag (its document title is longer).</summary>
    public const string NeurIpsTitle = "Sparse Mixtures of Experts Learn Faster";

    /// <summary>A paper of a publisher the site never collects, with the title it declares.</summary>
    public const string AcmPaper = "https://dl.acm.org/doi/10.1145/3600006.3613165";

    public const string AcmTitle = "Efficient Memory Management for Serving";

    /// <summary>A reader's notes on an ordinary site: ids in prose and links, none in its own address.</summary>
    public const string ReadingNotes = "https://notes.example.net/reading-list.html";

    private static readonly Dictionary<string, (string File, string ContentType)> Pages = new(StringComparer.Ordinal)
    {
        [ArxivAbstract] = ("arxiv-abs.html", Html),
        [ArxivListing] = ("arxiv-listing.html", Html),
        [ArxivPdf] = ("arxiv-paper.pdf", "application/pdf"),
        [ArxivAbstractUnfamiliar] = ("arxiv-abs-unfamiliar.html", Html),
        [ArxivListingUnfamiliar] = ("arxiv-listing-unfamiliar.html", Html),
        [OpenReviewForum] = ("openreview-forum.html", Html),
        [AclPaper] = ("acl-paper.html", Html),
        [AclPaperUnfamiliar] = ("acl-paper-unfamiliar.html", Html),
        [ReadingNotes] = ("reading-notes.html", Html),
        [CvfPaper] = ("cvf-paper.html", Html),
        [AaaiArticle] = ("aaai-article.html", Html),
        [NeurIpsAbstract] = ("neurips-abstract.html", Html),
        [AcmPaper] = ("acm-paper.html", Html),
    };

    private const string Html = "text/html; charset=utf-8";

    private static readonly string[] Hosts =
    [
        "https://arxiv.org/**",
        "https://openreview.net/**",
        "https://aclanthology.org/**",
        "https://notes.example.net/**",
        "https://openaccess.thecvf.com/**",
        "https://ojs.aaai.org/**",
        "https://proceedings.neurips.cc/**",
        "https://dl.acm.org/**",
    ];

    public static async Task RouteAsync(IBrowserContext context)
    {
        foreach (var host in Hosts)
        {
            await context.RouteAsync(host, FulfilAsync);
        }
    }

    private static Task FulfilAsync(IRoute route)
    {
        var url = route.Request.Url.Split('#', 2)[0];
        if (!Pages.TryGetValue(url, out var page))
        {
            // A page the tests did not plan for is a test bug; an obvious 404 says so in the screenshot and trace.
            return route.FulfillAsync(new() { Status = 404, ContentType = "text/plain", Body = $"No fixture for {url}" });
        }

        return route.FulfillAsync(new() { Status = 200, ContentType = page.ContentType, Path = Repository.Fixture(page.File) });
    }
}
