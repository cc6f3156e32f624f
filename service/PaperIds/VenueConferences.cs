namespace Redirector.PaperIds;

/// <summary>
/// The conferences of the shared venue sites that the target site lists (grammar/venues.json). Other conferences on the same sites (WACV on
/// the CVF site, NSDI on USENIX's) have no known site id, so their pages are not read as papers.
/// </summary>
internal static class VenueConferences
{
    /// <summary>On the CVF's open-access site, in the layout used since its first listed year (<c>/content/CVPR2021/…</c>).</summary>
    internal static string[] Cvf => VenueFacts.Cvf.Conferences;

    /// <summary>USENIX writes a conference as its short name and a two-digit year: <c>usenixsecurity24</c>, <c>osdi23</c>.</summary>
    internal static string[] Usenix => VenueFacts.Usenix.Conferences;

    /// <returns>The canonical spelling of <paramref name="name"/> in <paramref name="names"/>, or null.</returns>
    internal static string? Find(string[] names, ReadOnlySpan<char> name)
    {
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }
}
