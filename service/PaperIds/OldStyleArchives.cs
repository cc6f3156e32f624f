namespace Redirector.PaperIds;

/// <summary>
/// The archives that existed before April 2007, the only ones an old-style identifier can name. Kept as data
/// (grammar/venues.json) so the pattern that finds candidates stays generic and the list stays readable.
/// </summary>
internal static class OldStyleArchives
{
    // Order matters only for the compact index stored in ArxivId; the data file says so too.
    internal static string[] Names => VenueFacts.OldStyleArchives;

    /// <returns>The archive's index in <see cref="Names"/>, or -1.</returns>
    internal static int IndexOf(ReadOnlySpan<char> archive)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (archive.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
