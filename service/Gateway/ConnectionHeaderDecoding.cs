using System.Text;
using Microsoft.Net.Http.Headers;

namespace Redirector.Gateway;

/// <summary>
/// Kestrel reads a request's <c>Connection</c> header for its own options (close, keep-alive, upgrade) and, when it
/// finds exactly one of them, replaces the whole header with that word: <c>Connection: keep-alive, X-Secret</c> reaches
/// the application as <c>keep-alive</c>, and the door could no longer remove <c>X-Secret</c> as RFC 9110 §7.6.1 asks.
/// Kestrel's header decoding is the one place that sees the line as sent, so the door decodes this header itself, in a
/// form Kestrel reads the same way but keeps whole: keep-alive is left out (HTTP/1.1 keeps connections alive without
/// it) unless close or upgrade is there, which it then joins, so that Kestrel never finds a single option. The one
/// difference a client can see: an HTTP/1.0 client that asked for keep-alive has its connection closed after the answer.
/// </summary>
internal sealed class ConnectionHeaderDecoding : Encoding
{
    private const string KeepAlive = "keep-alive";

    private static readonly ConnectionHeaderDecoding Instance = new();

    /// <summary>For <c>KestrelServerOptions.RequestHeaderEncodingSelector</c>: this decoding for Connection, the default for the rest.</summary>
    internal static Encoding? Select(string headerName) =>
        string.Equals(headerName, HeaderNames.Connection, StringComparison.OrdinalIgnoreCase) ? Instance : null;

    /// <summary>The header line as the application is to see it.</summary>
    internal static string Rewrite(string line)
    {
        var names = new List<string>();
        var needsKeepAlive = false;
        foreach (var token in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Equals(KeepAlive, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            needsKeepAlive |= token.Equals("close", StringComparison.OrdinalIgnoreCase) || token.Equals("upgrade", StringComparison.OrdinalIgnoreCase);
            names.Add(token);
        }

        if (needsKeepAlive)
        {
            names.Add(KeepAlive);
        }

        return string.Join(", ", names);
    }

    // Header bytes are Latin-1 to HTTP; a Connection header is tokens, which are ASCII. (Encoding's pointer overloads,
    // which Kestrel calls, copy into arrays and come here.)
    public override string GetString(byte[] bytes, int index, int count) => Rewrite(Latin1.GetString(bytes, index, count));

    public override int GetCharCount(byte[] bytes, int index, int count) => Rewrite(Latin1.GetString(bytes, index, count)).Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        var text = Rewrite(Latin1.GetString(bytes, byteIndex, byteCount));
        text.CopyTo(0, chars, charIndex, text.Length);
        return text.Length;
    }

    public override int GetByteCount(char[] chars, int index, int count) => Latin1.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        Latin1.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetMaxByteCount(int charCount) => Latin1.GetMaxByteCount(charCount);

    // The rewrite may add ", keep-alive".
    public override int GetMaxCharCount(int byteCount) => Latin1.GetMaxCharCount(byteCount) + KeepAlive.Length + 2;
}
