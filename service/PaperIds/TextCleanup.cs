using System.Text;

namespace Redirector.PaperIds;

/// <summary>
/// Turns what people paste into text the patterns can read: percent-decoding (twice at most, for links that went
/// through a redirector) and Unicode compatibility normalisation, which maps full-width <c>２４０１．１２３４５</c> to ASCII
/// while leaving other scripts' digits alone. Plain ASCII input without escapes is returned untouched, without copying.
/// </summary>
internal static class TextCleanup
{
    private const int MaxDecodeRounds = 2;

    /// <returns>The cleaned text, or null when the input needs no change.</returns>
    internal static string? Clean(ReadOnlySpan<char> input)
    {
        string? text = null;
        if (input.Contains('%'))
        {
            text = PercentDecode(input.ToString());
        }

        var current = text is null ? input : text.AsSpan();
        if (!Ascii.IsValid(current))
        {
            text = CompatibilityNormalisation.ToFormKC(Normalisable(text ?? input.ToString()));
        }

        return text;
    }

    // Normalisation throws on ill-formed UTF-16 and on the non-character U+FFFE (the only code point it refuses), both
    // of which pasted or percent-decoded text can contain. Each becomes U+FFFD, which no id holds either.
    private static string Normalisable(string text)
    {
        if (text.Contains('\uFFFE', StringComparison.Ordinal))
        {
            text = text.Replace('\uFFFE', '\uFFFD');
        }

        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var wellFormed = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            wellFormed.Append(rune.ToString());
        }

        return wellFormed.ToString();
    }

    private static string PercentDecode(string text)
    {
        for (var round = 0; round < MaxDecodeRounds && text.Contains('%', StringComparison.Ordinal); round++)
        {
            // Malformed escapes and invalid UTF-8 are left as they are rather than rejected: the ids around them still count.
            var decoded = Uri.UnescapeDataString(text);
            if (decoded.Length == text.Length)
            {
                break;
            }

            text = decoded;
        }

        return text;
    }
}
