using Redirector.PaperIds;

namespace Redirector.Redirects;

/// <summary>What in a site path (<c>/arxiv/…</c>, <c>/venue/…</c>) is looked at for paper ids.</summary>
internal static class SitePathInput
{
    /// <summary>The path after its section: <c>arXiv:2401.12345v2</c> in <c>/arxiv/arXiv:2401.12345v2</c>.</summary>
    internal static ReadOnlySpan<char> Rest(ReadOnlySpan<char> path)
    {
        var sectionEnd = path.Length > 1 ? path[1..].IndexOf('/') : -1;
        return sectionEnd < 0 ? [] : path[(sectionEnd + 2)..];
    }

    /// <summary>A URL rather than ids: its query (<c>?id=…</c> on OpenReview) is part of the input, not the site's own.</summary>
    internal static bool LooksLikeUrl(ReadOnlySpan<char> rest) =>
        rest.Contains(":/", StringComparison.Ordinal)
        || VenueAddresses.IsOnIdInQueryHost(rest)
        || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
