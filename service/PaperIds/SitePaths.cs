using System.Text;

namespace Redirector.PaperIds;

/// <summary>
/// The target site's paper paths: <c>/arxiv/&lt;id&gt;,&lt;id&gt;</c> and <c>/venue/&lt;id&gt;,&lt;id&gt;</c>.
/// arXiv ids win when both kinds were found, because the site shows arXiv papers on their own page.
/// </summary>
public static class SitePaths
{
    public const string ArxivPrefix = "/arxiv/";
    public const string VenuePrefix = "/venue/";

    /// <summary>
    /// Every page the ids need: arXiv ids and venue ids cannot share one page, and one page holds at most
    /// <paramref name="perPage"/> ids. The kind found first comes first; ids keep their order within a kind.
    /// </summary>
    public static List<string> Pages(ReadOnlySpan<PaperId> ids, int perPage)
    {
        var pages = new List<string>();
        if (ids.IsEmpty)
        {
            return pages;
        }

        var first = ids[0].Kind;
        AddPages(pages, ids, first, perPage);
        AddPages(pages, ids, first == PaperKind.Arxiv ? PaperKind.Venue : PaperKind.Arxiv, perPage);
        return pages;
    }

    private static void AddPages(List<string> pages, ReadOnlySpan<PaperId> ids, PaperKind kind, int perPage)
    {
        StringBuilder? path = null;
        var onPage = 0;
        foreach (var id in ids)
        {
            if (id.Kind != kind)
            {
                continue;
            }

            if (path is null || onPage == perPage)
            {
                if (path is not null)
                {
                    pages.Add(path.ToString());
                }

                path = new StringBuilder(kind == PaperKind.Arxiv ? ArxivPrefix : VenuePrefix);
                onPage = 0;
            }
            else
            {
                path.Append(',');
            }

            path.Append(id.ToString());
            onPage++;
        }

        if (path is not null)
        {
            pages.Add(path.ToString());
        }
    }

    /// <returns>The path for the ids, or null when there are none.</returns>
    public static string? For(ReadOnlySpan<PaperId> ids)
    {
        var kind = PaperKind.Venue;
        foreach (var id in ids)
        {
            if (id.Kind == PaperKind.Arxiv)
            {
                kind = PaperKind.Arxiv;
                break;
            }
        }

        var path = new StringBuilder(kind == PaperKind.Arxiv ? ArxivPrefix : VenuePrefix);
        var first = true;
        foreach (var id in ids)
        {
            if (id.Kind != kind)
            {
                continue;
            }

            if (!first)
            {
                path.Append(',');
            }

            path.Append(id.ToString());
            first = false;
        }

        return first ? null : path.ToString();
    }
}
