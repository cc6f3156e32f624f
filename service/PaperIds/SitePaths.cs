using System.Buffers;
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
        var length = Length(ids);
        if (length == 0)
        {
            return null;
        }

        // A page of ids can be long; the usual one or two fit on the stack.
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        TryWrite(ids, buffer, out var written);
        var path = new string(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return path;
    }

    /// <summary>How long the path for the ids is (<see cref="For"/>); 0 when there are none.</summary>
    public static int Length(ReadOnlySpan<PaperId> ids)
    {
        var kind = KindOnPage(ids);
        var length = 0;
        foreach (var id in ids)
        {
            if (id.Kind == kind)
            {
                length += id.FormattedLength + 1;
            }
        }

        // The prefix ends with '/', which takes the place of the separator counted for the first id.
        return length == 0 ? 0 : length - 1 + (kind == PaperKind.Arxiv ? ArxivPrefix : VenuePrefix).Length;
    }

    /// <summary>Writes the path for the ids (<see cref="For"/>) without allocating; false when there are none or it does not fit.</summary>
    public static bool TryWrite(ReadOnlySpan<PaperId> ids, Span<char> destination, out int written)
    {
        var kind = KindOnPage(ids);
        written = 0;
        var prefix = kind == PaperKind.Arxiv ? ArxivPrefix : VenuePrefix;
        if (!prefix.TryCopyTo(destination))
        {
            return false;
        }

        var at = prefix.Length;
        var any = false;
        foreach (var id in ids)
        {
            if (id.Kind != kind)
            {
                continue;
            }

            if (any)
            {
                if (at >= destination.Length)
                {
                    return false;
                }

                destination[at++] = ',';
            }

            if (!id.TryFormat(destination[at..], out var idLength))
            {
                return false;
            }

            at += idLength;
            any = true;
        }

        written = any ? at : 0;
        return any;
    }

    // arXiv ids win when both kinds were found: the site shows arXiv papers on their own page.
    private static PaperKind KindOnPage(ReadOnlySpan<PaperId> ids)
    {
        foreach (var id in ids)
        {
            if (id.Kind == PaperKind.Arxiv)
            {
                return PaperKind.Arxiv;
            }
        }

        return PaperKind.Venue;
    }
}
