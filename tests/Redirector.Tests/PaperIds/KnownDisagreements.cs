using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

/// <summary>An answer both grammars give: the site kind and name, or the ids found.</summary>
/// <param name="Name">What differs, in a sentence.</param>
/// <param name="Example">The smallest input found that shows it.</param>
/// <param name="Service">The service's answer to <paramref name="Example"/>.</param>
/// <param name="Extension">The extension's answer to <paramref name="Example"/>.</param>
/// <param name="Explains">Whether a difference met at random is this one: the input as both grammars clean it, then both answers.</param>
public sealed record KnownDisagreement<TAnswer>(
    string Name, string Example, TAnswer Service, TAnswer Extension, Func<string, TAnswer, TAnswer, bool> Explains);

/// <summary>
/// Differences between the service's grammar and the extension's that the differential tests found and that were reported
/// rather than fixed (both grammars' files were being rewritten at the time). A random input's difference that one of
/// these explains is counted, not failed; every other difference fails. <see cref="KnownDisagreementTests"/> checks that
/// each example still differs as written here, so an entry goes as soon as its difference is fixed.
/// </summary>
public static class KnownDisagreements
{
    /// <summary>Answers of KnownSites.Classify and classifySite: "none", "listed &lt;venue&gt;", "notCollected &lt;host&gt;".</summary>
    public static IReadOnlyList<KnownDisagreement<string>> Sites { get; } = [];

    /// <summary>Answers of PaperIdExtractor.Extract and extractIds: the ids, in order.</summary>
    public static IReadOnlyList<KnownDisagreement<string[]>> Extract { get; } = [];

    /// <summary>The input as both grammars see it: percent-decoded and NFKC-normalised.</summary>
    public static string Cleaned(string input) => TextCleanup.Clean(input) ?? input;
}
