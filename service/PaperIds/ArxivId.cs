using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Redirector.PaperIds;

/// <summary>
/// One arXiv identifier, new style (<c>2401.12345</c>) or old style (<c>hep-th/9901001</c>), with an optional version.
/// Stored as numbers so that parsing, comparing and formatting allocate nothing.
/// </summary>
public readonly struct ArxivId : IEquatable<ArxivId>, ISpanParsable<ArxivId>, ISpanFormattable
{
    /// <summary>Long enough for any real identifier with a prefix, subject class and version.</summary>
    public const int MaxLength = 40;

    private const int FirstFiveDigitYymm = 1501;
    private const int FirstNewStyleYymm = 704;

    // 0 means new style; otherwise 1 + the index in OldStyleArchives.Names.
    private readonly byte _archive;
    private readonly short _yymm;
    private readonly int _number;
    private readonly int _version;

    private ArxivId(byte archive, short yymm, int number, int version)
    {
        _archive = archive;
        _yymm = yymm;
        _number = number;
        _version = version;
    }

    public bool IsOldStyle => _archive != 0;

    /// <summary>The archive of an old-style identifier (lower case, without subject class), or null.</summary>
    public string? Archive => IsOldStyle ? OldStyleArchives.Names[_archive - 1] : null;

    public int YearMonth => _yymm;

    public int Number => _number;

    /// <summary>The version, or null for "latest".</summary>
    public int? Version => _version == 0 ? null : _version;

    /// <summary>True for the default value, which is not an identifier.</summary>
    public bool IsEmpty => _number == 0;

    public ArxivId WithoutVersion() => new(_archive, _yymm, _number, 0);

    public static ArxivId Parse(string s) => Parse(s.AsSpan(), null);

    public static ArxivId Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    public static ArxivId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, out var id, out var error)
            ? id
            : throw new FormatException(ArxivIdErrorMessages.Describe(error));

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ArxivId result) =>
        TryParse(s.AsSpan(), out result, out _);

    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ArxivId result) =>
        TryParse(s, out result, out _);

    /// <summary>
    /// Strict parse of exactly one identifier, optionally written with an <c>arXiv:</c> prefix.
    /// Never throws; on failure <paramref name="error"/> names the reason.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out ArxivId result, out ArxivIdError error)
    {
        result = default;
        if (s.IsEmpty)
        {
            error = ArxivIdError.Empty;
            return false;
        }

        if (s.Length > MaxLength)
        {
            error = ArxivIdError.Malformed;
            return false;
        }

        if (s.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase))
        {
            s = s[6..];
        }

        var body = SplitVersion(s, out var versionText);
        var version = 0;
        if (!versionText.IsEmpty && !TryParseVersion(versionText, out version))
        {
            error = ArxivIdError.InvalidVersion;
            return false;
        }

        var slash = body.IndexOf('/');
        error = slash < 0
            ? ParseNewStyle(body, version, out result)
            : ParseOldStyle(body[..slash], body[(slash + 1)..], version, out result);
        return error == ArxivIdError.None;
    }

    // The version is the tail after the last 'v'; identifiers themselves never contain a 'v' after the slash or dot.
    private static ReadOnlySpan<char> SplitVersion(ReadOnlySpan<char> s, out ReadOnlySpan<char> version)
    {
        var numberStart = Math.Max(s.LastIndexOf('/'), s.LastIndexOf('.')) + 1;
        var v = s[numberStart..].IndexOfAny('v', 'V');
        if (v < 0)
        {
            version = default;
            return s;
        }

        version = s[(numberStart + v + 1)..];
        if (version.IsEmpty)
        {
            // "2401.12345v" has a version marker and no number: malformed version rather than a silent "latest".
            version = "v";
        }

        return s[..(numberStart + v)];
    }

    private static bool TryParseVersion(ReadOnlySpan<char> text, out int version)
    {
        version = 0;
        if (text.Length is 0 or > 4 || text[0] == '0' || !IsAsciiDigits(text))
        {
            return false;
        }

        version = ParseDigits(text);
        return true;
    }

    private static ArxivIdError ParseNewStyle(ReadOnlySpan<char> s, int version, out ArxivId result)
    {
        result = default;
        if (s.Length is < 9 or > 10 || s[4] != '.' || !IsAsciiDigits(s[..4]) || !IsAsciiDigits(s[5..]))
        {
            return ArxivIdError.Malformed;
        }

        var yymm = ParseDigits(s[..4]);
        var number = ParseDigits(s[5..]);
        if (!IsValidMonth(yymm))
        {
            return ArxivIdError.InvalidMonth;
        }

        if (yymm < FirstNewStyleYymm)
        {
            return ArxivIdError.OutsideEra;
        }

        var maxNumber = yymm >= FirstFiveDigitYymm ? 99_999 : 9_999;
        if (number < 1 || number > maxNumber)
        {
            return ArxivIdError.NumberOutOfRange;
        }

        result = new ArxivId(0, (short)yymm, number, version);
        return ArxivIdError.None;
    }

    private static ArxivIdError ParseOldStyle(ReadOnlySpan<char> archiveText, ReadOnlySpan<char> digits, int version, out ArxivId result)
    {
        result = default;
        if (digits.Length != 7 || !IsAsciiDigits(digits) || archiveText.IsEmpty)
        {
            return ArxivIdError.Malformed;
        }

        // "math.GT": the subject class is two letters and is not part of the canonical form.
        var dot = archiveText.IndexOf('.');
        if (dot >= 0)
        {
            var subjectClass = archiveText[(dot + 1)..];
            if (subjectClass.Length != 2 || !char.IsAsciiLetter(subjectClass[0]) || !char.IsAsciiLetter(subjectClass[1]))
            {
                return ArxivIdError.Malformed;
            }

            archiveText = archiveText[..dot];
        }

        var archive = OldStyleArchives.IndexOf(archiveText);
        if (archive < 0)
        {
            return ArxivIdError.UnknownArchive;
        }

        var yymm = ParseDigits(digits[..4]);
        var number = ParseDigits(digits[4..]);
        if (!IsValidMonth(yymm))
        {
            return ArxivIdError.InvalidMonth;
        }

        // Old style ran from July 1991 (9107) to March 2007 (0703), across the century boundary.
        if (yymm is > 703 and < 9107)
        {
            return ArxivIdError.OutsideEra;
        }

        if (number < 1)
        {
            return ArxivIdError.NumberOutOfRange;
        }

        result = new ArxivId((byte)(archive + 1), (short)yymm, number, version);
        return ArxivIdError.None;
    }

    private static bool IsValidMonth(int yymm) => yymm % 100 is >= 1 and <= 12;

    private static bool IsAsciiDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExcept(KeyChars.Digits);

    private static int ParseDigits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>How many characters <see cref="TryFormat"/> writes, so that a caller can size one buffer for many ids.</summary>
    public int FormattedLength
    {
        get
        {
            if (IsEmpty)
            {
                return 0;
            }

            var length = IsOldStyle
                ? Archive!.Length + 1 + Math.Max(4, Digits(_yymm)) + Math.Max(3, Digits(_number))
                : Math.Max(4, Digits(_yymm)) + 1 + Math.Max(_yymm >= FirstFiveDigitYymm ? 5 : 4, Digits(_number));
            return _version == 0 ? length : length + 1 + Digits(_version);
        }
    }

    private static int Digits(int value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        charsWritten = 0;
        if (IsEmpty)
        {
            return true;
        }

        var invariant = CultureInfo.InvariantCulture;
        bool ok;
        int written;
        if (IsOldStyle)
        {
            ok = destination.TryWrite(invariant, $"{Archive}/{_yymm:D4}{_number:D3}", out written);
        }
        else if (_yymm >= FirstFiveDigitYymm)
        {
            ok = destination.TryWrite(invariant, $"{_yymm:D4}.{_number:D5}", out written);
        }
        else
        {
            ok = destination.TryWrite(invariant, $"{_yymm:D4}.{_number:D4}", out written);
        }

        if (!ok)
        {
            return false;
        }

        if (_version != 0)
        {
            if (!destination[written..].TryWrite(invariant, $"v{_version}", out var versionWritten))
            {
                return false;
            }

            written += versionWritten;
        }

        charsWritten = written;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>The canonical form: <c>2401.12345</c>, <c>1406.2661</c>, <c>hep-th/9901001</c>, with <c>vN</c> when versioned.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) ? new string(buffer[..written]) : string.Empty;
    }

    public bool Equals(ArxivId other) =>
        _archive == other._archive && _yymm == other._yymm && _number == other._number && _version == other._version;

    public override bool Equals(object? obj) => obj is ArxivId other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_archive, _yymm, _number, _version);

    public static bool operator ==(ArxivId left, ArxivId right) => left.Equals(right);

    public static bool operator !=(ArxivId left, ArxivId right) => !left.Equals(right);
}
