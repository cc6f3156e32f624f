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

/// <summary>What an address without a paper id still tells: <see cref="Name"/> is the venue (NeurIPS) or the publisher's host (dl.acm.org).</summary>
public readonly record struct KnownSite(SiteKind Kind, string Name)
{
    public static readonly KnownSite Unknown = new(SiteKind.None, string.Empty);
}

/// <summary>
/// Recognises the paper pages of venues the target site lists but whose site ids cannot be read from the address
/// (NeurIPS 2021–2024 proceedings, ECCV, Interspeech, MICCAI, NDSS, MLSys), and publishers it never collects (ACM,
/// IEEE, Springer, by host or DOI). Used only after <see cref="PaperIdExtractor"/> found no id: these answers are
/// explanations, never ids.
/// </summary>
public static class KnownSites
{
    private const int FirstListedNeurIpsYear = 2021;

    private static readonly (string Prefix, string Host)[] PublisherDois =
    [
        ("10.1145/", "dl.acm.org"),
        ("10.1109/", "ieeexplore.ieee.org"),
        ("10.1007/", "link.springer.com"),
    ];

    private static readonly string[] PublisherHosts = ["dl.acm.org", "ieeexplore.ieee.org", "link.springer.com"];

    public static KnownSite Classify(ReadOnlySpan<char> input)
    {
        var cleaned = TextCleanup.Clean(input);
        var text = (cleaned is null ? input : cleaned.AsSpan()).Trim();
        var address = WithoutScheme(text);
        if (address.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            address = address[4..];
        }

        foreach (var host in PublisherHosts)
        {
            if (TryHost(address, host, out _))
            {
                return new KnownSite(SiteKind.NotCollected, host);
            }
        }

        var venue = ListedVenue(address);
        if (venue is not null)
        {
            return new KnownSite(SiteKind.ListedVenue, venue);
        }

        foreach (var doi in PaperIdPatterns.Doi().EnumerateMatches(text))
        {
            foreach (var (prefix, host) in PublisherDois)
            {
                if (text[doi.Index..].StartsWith(prefix, StringComparison.Ordinal))
                {
                    return new KnownSite(SiteKind.NotCollected, host);
                }
            }
        }

        return KnownSite.Unknown;
    }

    private static string? ListedVenue(ReadOnlySpan<char> address)
    {
        if ((TryHost(address, "proceedings.neurips.cc", out var path) || TryHost(address, "papers.nips.cc", out path)
                || TryHost(address, "papers.neurips.cc", out path))
            && IsProceedingsPaper(path, out var year) && year >= FirstListedNeurIpsYear)
        {
            return "NeurIPS";
        }

        if (TryHost(address, "proceedings.mlsys.org", out path) && IsProceedingsPaper(path, out _))
        {
            return "MLSys";
        }

        // papers/eccv_2024/papers_ECCV/html/1234_ECCV_2024_paper.php and …/papers_ECCV/papers/01234.pdf
        if (TryHost(address, "ecva.net", out path) && StartsWith(path, "papers/eccv_")
            && path.IndexOf("/papers_ECCV/", StringComparison.OrdinalIgnoreCase) is var papers and >= 0
            && (HasFileAfter(path[(papers + 13)..], "html/") || HasFileAfter(path[(papers + 13)..], "papers/")))
        {
            return "ECCV";
        }

        if (TryHost(address, "isca-archive.org", out path) && StartsWith(path, "interspeech_") && IsPaperFileInFolder(path))
        {
            return "Interspeech";
        }

        if (TryHost(address, "papers.miccai.org", out path) && StartsWith(path, "miccai-") && IsPaperFileInFolder(path))
        {
            return "MICCAI";
        }

        if (TryHost(address, "ndss-symposium.org", out path)
            && (HasFileAfter(path, "ndss-paper/")
                || (StartsWith(path, "wp-content/uploads/") && FileName(path).EndsWith("paper.pdf", StringComparison.OrdinalIgnoreCase))))
        {
            return "NDSS";
        }

        return null;
    }

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

    private static bool HasFileAfter(ReadOnlySpan<char> path, string folder) =>
        StartsWith(path, folder) && FileName(path[folder.Length..]).Length > 0;

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
