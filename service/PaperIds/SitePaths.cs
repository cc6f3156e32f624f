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
