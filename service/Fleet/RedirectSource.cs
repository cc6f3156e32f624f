using Redirector.PaperIds;

namespace Redirector.Fleet;

/// <summary>
/// Which source a redirect led to, read back from the path it sends the browser to, for the redirect counter: the
/// site's paper paths name it (an arXiv id under <c>/arxiv/</c>, a venue suffix such as <c>@OpenReview</c> under
/// <c>/venue/</c>); anything else is a page of the site itself.
/// </summary>
internal static class RedirectSource
{
    internal const string Site = "site";
    private const string Arxiv = "arxiv";

    private static readonly VenueSource[] Venues = Enum.GetValues<VenueSource>();

    /// <param name="path">The redirect's path and query on the target, starting with '/'.</param>
    internal static string Of(ReadOnlySpan<char> path)
    {
        if (path.StartsWith(SitePaths.ArxivPrefix, StringComparison.Ordinal))
        {
            return ArxivId.TryParse(FirstId(path[SitePaths.ArxivPrefix.Length..]), null, out _) ? Arxiv : Site;
        }

        if (path.StartsWith(SitePaths.VenuePrefix, StringComparison.Ordinal))
        {
            var id = FirstId(path[SitePaths.VenuePrefix.Length..]);
            var at = id.LastIndexOf('@');
            if (at >= 0)
            {
                var suffix = id[(at + 1)..];
                foreach (var venue in Venues)
                {
                    if (suffix.SequenceEqual(venue.SiteSuffix()))
                    {
                        return venue.ApiName();
                    }
                }
            }
        }

        return Site;
    }

    private static ReadOnlySpan<char> FirstId(ReadOnlySpan<char> ids)
    {
        var end = ids.IndexOfAny(',', '?');
        return end < 0 ? ids : ids[..end];
    }
}
