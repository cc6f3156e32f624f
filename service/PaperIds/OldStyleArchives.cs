namespace Redirector.PaperIds;

/// <summary>
/// The archives that existed before April 2007, the only ones an old-style identifier can name.
/// Kept as data so the pattern that finds candidates stays generic and this list stays readable.
/// </summary>
internal static class OldStyleArchives
{
    // Order matters only for the compact index stored in ArxivId; append, never reorder.
    internal static readonly string[] Names =
    [
        "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn",
        "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
        "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th",
        "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "quant-ph", "solv-int", "supr-con",
    ];

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
