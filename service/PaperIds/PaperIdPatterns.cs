using System.Text.RegularExpressions;

namespace Redirector.PaperIds;

/// <summary>
/// Patterns that find candidates in text. They only locate; range checks and archive names are checked in code
/// afterwards. All are source-generated, use <c>[0-9]</c> (never <c>\d</c>, which matches every script's digits),
/// and have bounded repetition inside lookarounds, so matching stays linear in the input.
/// </summary>
internal static partial class PaperIdPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// <c>2401.12345</c> not followed by more digits or dotted numbers (<c>2401.123456</c>, <c>2401.12345.6</c>).
    /// What comes before is checked in code (<see cref="PaperIdExtractor"/>): a lookbehind here made every scan allocate.
    /// </summary>
    [GeneratedRegex(@"[0-9]{4}\.[0-9]{4,5}(?![0-9]|\.[0-9])", Options)]
    internal static partial Regex NewStyle();

    /// <summary><c>hep-th/9901001</c>, <c>math.GT/0309136</c>; the archive is only a candidate until checked against the list.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z]{1,8}(?:-[A-Za-z]{1,5})?(?:\.[A-Za-z]{2})?/[0-9]{7}(?![0-9])", Options)]
    internal static partial Regex OldStyle();

    /// <summary>A DOI up to the next white space: its suffix may hold id-shaped numbers that belong to someone else.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9.])10\.[0-9]{4,9}/[^ \t\r\n\f\v""<>]+", Options)]
    internal static partial Regex Doi();

    /// <summary>
    /// A URL on one of the conference sources, scheme optional; the path is read in code. The extractor only runs it
    /// when one of its hosts appears (VenueFacts.ConferenceHosts, generated from the same list).
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9.-])(?:www\.)?(?:" + VenueFacts.ConferenceHostPattern + @")/[^\s""<>]*", Options | RegexOptions.IgnoreCase)]
    internal static partial Regex ConferenceUrl();

    /// <summary>
    /// The target site's own venue-id form, so that its output is valid input: <c>X@OpenReview</c>, <c>123@2023@IJCAI</c>,
    /// <c>chen23a@v202@PMLR</c>, <c>Stem@CVPR2024@CVF</c>, <c>36963@AAAI</c>, <c>name@osdi23@USENIX</c>. The key may be as long as
    /// a CVF stem (VenueFacts.Cvf.MaxStemLength); the sections come from grammar/venues.json.
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_.@-])[A-Za-z0-9_-][A-Za-z0-9_.-]" + VenueFacts.SiteKeyRestBound + @"(?:@(?:v?[0-9]{1,4}|[A-Za-z]{2,16}[0-9]{2,4}))?@(?:" + VenueFacts.SiteSuffixPattern + @")(?![A-Za-z0-9])", Options | RegexOptions.IgnoreCase)]
    internal static partial Regex SiteVenueId();
}
