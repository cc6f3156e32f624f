namespace Redirector.PaperIds;

/// <summary>
/// The conferences of the shared venue sites that the target site lists. Other conferences on the same sites (WACV on
/// the CVF site, NSDI on USENIX's) have no known site id, so their pages are not read as papers.
/// </summary>
internal static class VenueConferences
{
    /// <summary>On openaccess.thecvf.com, in the layout used since 2021 (<c>/content/CVPR2021/…</c>).</summary>
    internal static readonly string[] Cvf = ["CVPR", "ICCV"];

    internal const int FirstCvfYear = 2021;

    /// <summary>USENIX writes a conference as its short name and a two-digit year: <c>usenixsecurity24</c>, <c>osdi23</c>.</summary>
    internal static readonly string[] Usenix = ["usenixsecurity", "fast", "osdi"];

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
