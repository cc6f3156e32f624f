namespace Redirector.PaperIds;

/// <summary>
/// A conference paper in the target site's venue-id form: <c>X@OpenReview</c>, <c>2023.acl-long.1@ACL</c>,
/// <c>123@2023@IJCAI</c>, <c>chen23a@v202@PMLR</c>. Only built through the validating factories below,
/// so the text is always one of those shapes and safe to put in a URL path.
/// </summary>
public readonly struct VenueId : IEquatable<VenueId>
{
    private readonly string? _value;

    private VenueId(VenueSource source, string value)
    {
        Source = source;
        _value = value;
    }

    public VenueSource Source { get; }

    /// <summary>The site's venue id, e.g. <c>LcF-EEt8cCC@OpenReview</c>.</summary>
    public string Value => _value ?? string.Empty;

    public bool IsEmpty => _value is null;

    public static bool TryOpenReview(ReadOnlySpan<char> key, out VenueId id) =>
        TryCreate(VenueSource.OpenReview, key, VenueKeys.IsOpenReviewKey(key), out id);

    /// <summary>New ids are lower case (<c>2023.acl-long.1</c>), old ones start with an upper-case letter (<c>P19-1001</c>).</summary>
    public static bool TryAcl(ReadOnlySpan<char> anthologyId, out VenueId id)
    {
        if (!VenueKeys.IsAclAnthologyId(anthologyId))
        {
            id = default;
            return false;
        }

        var canonical = anthologyId.ToString();
        canonical = char.IsAsciiLetter(canonical[0])
            ? char.ToUpperInvariant(canonical[0]) + canonical[1..]
            : canonical.ToLowerInvariant();
        id = new VenueId(VenueSource.Acl, canonical + "@ACL");
        return true;
    }

    public static bool TryIjcai(int year, int paper, out VenueId id)
    {
        if (year is < 1969 or > 2999 || paper is < 1 or > 99_999)
        {
            id = default;
            return false;
        }

        id = new VenueId(VenueSource.Ijcai, $"{paper}@{year}@IJCAI");
        return true;
    }

    public static bool TryPmlr(int volume, ReadOnlySpan<char> paperKey, out VenueId id)
    {
        if (volume is < 1 or > 9999 || !VenueKeys.IsPmlrKey(paperKey))
        {
            id = default;
            return false;
        }

        id = new VenueId(VenueSource.Pmlr, $"{paperKey}@v{volume}@PMLR");
        return true;
    }

    private static bool TryCreate(VenueSource source, ReadOnlySpan<char> key, bool valid, out VenueId id)
    {
        id = valid ? new VenueId(source, $"{key}@{source.SiteSuffix()}") : default;
        return valid;
    }

    public override string ToString() => Value;

    public bool Equals(VenueId other) => Source == other.Source && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is VenueId other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source, _value);

    public static bool operator ==(VenueId left, VenueId right) => left.Equals(right);

    public static bool operator !=(VenueId left, VenueId right) => !left.Equals(right);
}
