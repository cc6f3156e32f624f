namespace Redirector.PaperIds;

/// <summary>
/// The grammar's facts (hosts, path prefixes, DOI registrants, site sections, conference lists, bounds) live in
/// grammar/venues.json; VenueFacts.g.cs is generated from it. This part holds the shapes those facts take.
/// </summary>
internal static partial class VenueFacts
{
    /// <returns>The section whose suffix is <paramref name="suffix"/>, in any case; false for none.</returns>
    internal static bool TryFindSection(ReadOnlySpan<char> suffix, out SiteSection section)
    {
        foreach (var candidate in SiteSections)
        {
            if (suffix.Equals(candidate.Suffix, StringComparison.OrdinalIgnoreCase))
            {
                section = candidate;
                return true;
            }
        }

        section = default;
        return false;
    }
}

/// <summary>How a source's paper is read from what follows its URL prefix or DOI prefix: code in both grammars.</summary>
internal enum VenueReader
{
    OpenReview,
    Acl,
    Ijcai,
    Pmlr,
    Cvf,
    Aaai,
    Usenix,

    /// <summary>The key is the path's first segment (a file type dropped): a venue that needs no code of its own.</summary>
    Segment,
}

/// <summary>How a listed venue's paper pages are told from its other pages (KnownSites).</summary>
internal enum ListedPaperRule
{
    /// <summary>NeurIPS-style proceedings: <c>paper_files/paper/2023/hash/…</c>.</summary>
    Proceedings,

    /// <summary><c>papers/eccv_2024/papers_ECCV/html/…</c>.</summary>
    Eccv,

    /// <summary>A file in a year's folder whose name starts with the venue's folder prefix.</summary>
    FileInFolder,

    /// <summary>A paper's page, or its PDF under the site's uploads.</summary>
    Ndss,
}

/// <summary>A URL prefix (host and path, no scheme) or a DOI prefix, with the source it names and how to read the rest.</summary>
internal readonly record struct VenuePrefix(string Prefix, VenueSource Source, VenueReader Reader);

/// <summary>The target site's section for a source: the suffix after the last <c>@</c> of its venue ids.</summary>
internal readonly record struct SiteSection(string Suffix, VenueSource Source, VenueReader Reader);

/// <summary>A venue the site lists whose paper pages give no site id. <see cref="FirstYear"/> is 0 and <see cref="Folder"/> empty when unused.</summary>
internal sealed record ListedVenue(string Name, string[] Hosts, ListedPaperRule Paper, int FirstYear, string Folder);

/// <summary>A publisher the site never collects, known by its host and its DOI prefix.</summary>
internal readonly record struct NotCollectedPublisher(string Host, string DoiPrefix);

/// <summary>What the service's endpoints need to know of where the sources live.</summary>
public static class VenueAddresses
{
    /// <summary>
    /// True when <paramref name="address"/> (no scheme) is on a host whose paper id is in the query string
    /// (<c>forum?id=…</c>), so that the query is part of the input.
    /// </summary>
    public static bool IsOnIdInQueryHost(ReadOnlySpan<char> address)
    {
        foreach (var host in VenueFacts.IdInQueryHosts)
        {
            if (address.Length > host.Length && address[host.Length] == '/'
                && address.StartsWith(host, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
