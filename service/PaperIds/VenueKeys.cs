namespace Redirector.PaperIds;

/// <summary>The character rules for each source's paper key, checked after a pattern found a candidate.</summary>
internal static class VenueKeys
{
    internal const int MaxKeyLength = VenueFacts.MaxKeyLength;

    // CVF stems hold a whole title: longer than any other source's key.
    internal const int MaxCvfStemLength = VenueFacts.Cvf.MaxStemLength;

    // OpenReview ids are letters, digits, '-' and '_'; the original extension wrongly stopped at '-'.
    internal static bool IsOpenReviewKey(ReadOnlySpan<char> key) =>
        key.Length is > 0 and <= MaxKeyLength && !key.ContainsAnyExcept(KeyChars.OpenReview);

    // New anthology ids: 2023.acl-long.1, 2023.findings-emnlp.12. Old ones: P19-1001.
    internal static bool IsAclAnthologyId(ReadOnlySpan<char> id)
    {
        if (id.Length is < 8 or > MaxKeyLength)
        {
            return false;
        }

        if (char.IsAsciiLetter(id[0]))
        {
            return id.Length == 8 && char.IsAsciiDigit(id[1]) && char.IsAsciiDigit(id[2]) && id[3] == '-'
                && !id[4..].ContainsAnyExcept(KeyChars.Digits);
        }

        var firstDot = id.IndexOf('.');
        var lastDot = id.LastIndexOf('.');
        if (firstDot != 4 || lastDot == firstDot || lastDot == id.Length - 1)
        {
            return false;
        }

        var year = id[..4];
        var volume = id[5..lastDot];
        var paper = id[(lastDot + 1)..];
        return !year.ContainsAnyExcept(KeyChars.Digits) && (year[0] is '1' or '2')
            && volume.Length > 0 && char.IsAsciiLetterOrDigit(volume[0]) && char.IsAsciiLetterOrDigit(volume[^1])
            && !volume.ContainsAnyExcept(KeyChars.AclVolume)
            && !paper.ContainsAnyExcept(KeyChars.Digits);
    }

    // CVF file names are the first author and the title's words joined by '_' (CVF shortens long ones); other
    // characters never appear in them, and a stem of its own length limit keeps a pasted wall of text out.
    internal static bool IsCvfStem(ReadOnlySpan<char> stem) =>
        stem.Length is > 0 and <= MaxCvfStemLength && char.IsAsciiLetterOrDigit(stem[0]) && !stem.ContainsAnyExcept(KeyChars.OpenReview);

    // USENIX presentation names: surname-givenname, in lower case with dashes (xu-haichuan, zhang-yi).
    internal static bool IsUsenixPresentation(ReadOnlySpan<char> name) =>
        name.Length is > 0 and <= MaxKeyLength && char.IsAsciiLetterOrDigit(name[0]) && !name.ContainsAnyExcept(KeyChars.AclVolume);

    // A key that is one path segment: it starts with a letter or digit, as a page name does, so "-" or "_" alone is none.
    internal static bool IsSegmentKey(ReadOnlySpan<char> key) =>
        key.Length is > 0 and <= MaxKeyLength && char.IsAsciiLetterOrDigit(key[0]) && !key.ContainsAnyExcept(KeyChars.OpenReview);

    // PMLR keys are an author and a year (chen23a, vonoswald23a); names without a digit or a letter are site pages.
    internal static bool IsPmlrKey(ReadOnlySpan<char> key) =>
        key.Length is > 0 and <= MaxKeyLength && char.IsAsciiLetterOrDigit(key[0]) && !key.ContainsAnyExcept(KeyChars.OpenReview)
        && key.ContainsAny(KeyChars.Digits) && key.ContainsAny(KeyChars.Letters);
}
