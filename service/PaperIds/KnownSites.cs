namespace Redirector.PaperIds;

public enum SiteKind
{
    /// <summary>Nothing more is known about the address.</summary>
    None,

    /// <summary>A paper of a venue the target site lists, whose site id the address does not give: search by title.</summary>
    ListedVenue,

    /// <summary>A publisher whose papers the target site never collects (no free PDF).</summary>
    NotCollected,
}

/// <summary>What an address without a paper id still tells: <see cref="Name"/> is the venue (NeurIPS) or the publisher's host.</summary>
public readonly record struct KnownSite(SiteKind Kind, string Name)
{
    public static readonly KnownSite Unknown = new(SiteKind.None, string.Empty);
}

/// <summary>
/// Recognises the paper pages of venues the target site lists but whose site ids cannot be read from the address
/// (NeurIPS 2021–2024 proceedings, ECCV, Interspeech, MICCAI, NDSS, MLSys), and publishers it never collects (ACM,
/// IEEE, Springer, by host or DOI). Which venues and hosts is data (grammar/venues.json); each kind of paper page
/// (<see cref="ListedPaperRule"/>) is a rule below. Used only after <see cref="PaperIdExtractor"/> found no id: these answers are
/// explanations, never ids.
/// </summary>
public static class KnownSites
{
    public static KnownSite Classify(ReadOnlySpan<char> input)
    {
        var cleaned = TextCleanup.Clean(input);
        var text = (cleaned is null ? input : cleaned.AsSpan()).Trim();
        var address = WithoutScheme(text);
        if (address.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            address = address[4..];
        }

        foreach (var publisher in VenueFacts.NotCollected)
        {
            if (TryHost(address, publisher.Host, out _))
            {
                return new KnownSite(SiteKind.NotCollected, publisher.Host);
            }
        }

        var venue = ListedVenue(address);
        if (venue is not null)
        {
            return new KnownSite(SiteKind.ListedVenue, venue);
        }

        foreach (var doi in PaperIdPatterns.Doi().EnumerateMatches(text))
        {
            foreach (var publisher in VenueFacts.NotCollected)
            {
                if (text[doi.Index..].StartsWith(publisher.DoiPrefix, StringComparison.Ordinal))
                {
                    return new KnownSite(SiteKind.NotCollected, publisher.Host);
                }
            }
        }

        return KnownSite.Unknown;
    }

    private static string? ListedVenue(ReadOnlySpan<char> address)
    {
        foreach (var venue in VenueFacts.ListedVenues)
        {
            foreach (var host in venue.Hosts)
            {
                if (TryHost(address, host, out var path) && IsPaper(venue, path))
                {
                    return venue.Name;
                }
            }
        }

        return null;
    }

    private static bool IsPaper(ListedVenue venue, ReadOnlySpan<char> path) => venue.Paper switch
    {
        ListedPaperRule.Proceedings => IsProceedingsPaper(path, out var year) && year >= venue.FirstYear,
        ListedPaperRule.Eccv => IsEccvPaper(path),
        ListedPaperRule.FileInFolder => StartsWith(path, venue.Folder) && IsPaperFileInFolder(path),
        ListedPaperRule.Ndss => IsNdssPaper(path),
        _ => false,
    };

    // papers/eccv_2024/papers_ECCV/html/1234_ECCV_2024_paper.php and …/papers_ECCV/papers/01234.pdf: papers_ECCV is
    // the segment right after the edition's, so neither a query, a fragment nor a deeper folder of that name counts.
    private static bool IsEccvPaper(ReadOnlySpan<char> path)
    {
        if (!StartsWith(path, "papers/eccv_"))
        {
            return false;
        }

        var edition = path["papers/eccv_".Length..];
        var end = edition.IndexOfAny('/', '?', '#');
        if (end < 0 || edition[end] != '/' || !StartsWith(edition[(end + 1)..], "papers_ECCV/"))
        {
            return false;
        }

        var files = edition[(end + 1 + "papers_ECCV/".Length)..];
        return HasFileAfter(files, "html/") || HasFileAfter(files, "papers/");
    }

    // A paper's page, or its PDF among the site's uploads.
    private static bool IsNdssPaper(ReadOnlySpan<char> path) =>
        HasFileAfter(path, "ndss-paper/")
        || (StartsWith(path, "wp-content/uploads/") && FileName(path).EndsWith("paper.pdf", StringComparison.OrdinalIgnoreCase));

    // paper_files/paper/2023/hash/<hash>-Abstract-Conference.html, …/file/<hash>-Paper-Conference.pdf, and the older paper/2020/hash/….
    private static bool IsProceedingsPaper(ReadOnlySpan<char> path, out int year)
    {
        year = 0;
        if (StartsWith(path, "paper_files/"))
        {
            path = path["paper_files/".Length..];
        }

        if (!StartsWith(path, "paper/") || path.Length < 11 || path[10] != '/'
            || !int.TryParse(path[6..10], System.Globalization.NumberStyles.None, null, out year))
        {
            return false;
        }

        var rest = path[11..];
        return HasFileAfter(rest, "hash/") || HasFileAfter(rest, "file/");
    }

    // interspeech_2024/doe24_interspeech.html, miccai-2024/123-Paper1234.html: a file in a year's folder, not its index.
    private static bool IsPaperFileInFolder(ReadOnlySpan<char> path)
    {
        var slash = path.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        var file = FileName(path[(slash + 1)..]);
        return file.Length > 0 && !file.StartsWith("index", StringComparison.OrdinalIgnoreCase);
    }

    // The file is the segment directly after the folder: hash//x or hash/?x names no file in it.
    private static bool HasFileAfter(ReadOnlySpan<char> path, string folder) =>
        StartsWith(path, folder) && path.Length > folder.Length && path[folder.Length] is not ('/' or '?' or '#');

    private static ReadOnlySpan<char> FileName(ReadOnlySpan<char> path)
    {
        var end = path.IndexOfAny('?', '#');
        path = end < 0 ? path : path[..end];
        var slash = path.TrimEnd('/').LastIndexOf('/');
        return (slash < 0 ? path : path[(slash + 1)..]).TrimEnd('/');
    }

    private static bool StartsWith(ReadOnlySpan<char> text, string prefix) => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> WithoutScheme(ReadOnlySpan<char> text)
    {
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        return separator is > 0 and <= 5 ? text[(separator + 3)..] : text;
    }

    /// <summary>True when <paramref name="address"/> is on exactly <paramref name="host"/>; <paramref name="path"/> is what follows its '/'.</summary>
    private static bool TryHost(ReadOnlySpan<char> address, string host, out ReadOnlySpan<char> path)
    {
        path = default;
        if (!StartsWith(address, host))
        {
            return false;
        }

        var rest = address[host.Length..];
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] == ':')
        {
            var portEnd = rest.IndexOfAny('/', '?', '#');
            rest = portEnd < 0 ? default : rest[portEnd..];
            if (rest.IsEmpty)
            {
                return true;
            }
        }

        if (rest[0] is not ('/' or '?' or '#'))
        {
            return false;
        }

        path = rest[0] == '/' ? rest[1..] : default;
        return true;
    }
}
