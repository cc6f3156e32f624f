using System.Buffers;
using System.Text;

namespace Redirector.Redirects;

/// <summary>Percent-encodes what must never appear raw in a Location header; existing escapes are kept.</summary>
internal static class UnsafeCharacters
{
    // Printable ASCII that is legal in a URL path or query; everything else (controls, space, non-ASCII, quotes,
    // backslash) is encoded as UTF-8 escapes.
    private static readonly SearchValues<char> Safe = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%");

    internal static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(Safe))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Safe.Contains(c))
            {
                escaped.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(char.IsSurrogate(c) ? "\uFFFD" : c.ToString(), bytes);
            foreach (var b in bytes[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
