namespace Redirector.PaperIds;

/// <summary>
/// A conference paper in the target site's venue-id form: <c>X@OpenReview</c>, <c>2023.acl-long.1@ACL</c>,
/// <c>123@2023@IJCAI</c>, <c>chen23a@v202@PMLR</c>, <c>Stem@CVPR2024@CVF</c>, <c>36963@AAAI</c>,
/// <c>xu-haichuan@usenixsecurity24@USENIX</c>. Only built through the validating factories below,
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
        id = new VenueId(VenueSource.Acl, $"{canonical}@{VenueSource.Acl.SiteSuffix()}");
        return true;
    }

    public static bool TryIjcai(int year, int paper, out VenueId id)
    {
        if (year is < VenueFacts.Ijcai.FirstYear or > VenueFacts.Ijcai.LastYear || paper is < 1 or > VenueFacts.Ijcai.MaxPaper)
        {
            id = default;
            return false;
        }

        id = new VenueId(VenueSource.Ijcai, $"{paper}@{year}@{VenueSource.Ijcai.SiteSuffix()}");
        return true;
    }

    public static bool TryPmlr(int volume, ReadOnlySpan<char> paperKey, out VenueId id)
    {
        if (volume is < 1 or > VenueFacts.Pmlr.MaxVolume || !VenueKeys.IsPmlrKey(paperKey))
        {
            id = default;
            return false;
        }

        id = new VenueId(VenueSource.Pmlr, $"{paperKey}@v{volume}@{VenueSource.Pmlr.SiteSuffix()}");
        return true;
    }

    /// <summary><c>Smith_Some_Title@CVPR2024@CVF</c>: the stem keeps CVF's own spelling, case and truncation.</summary>
    public static bool TryCvf(ReadOnlySpan<char> stem, ReadOnlySpan<char> conference, int year, out VenueId id)
    {
        var name = VenueConferences.Find(VenueConferences.Cvf, conference);
        if (name is null || year is < VenueFacts.Cvf.FirstYear or > VenueFacts.Cvf.LastYear || !VenueKeys.IsCvfStem(stem))
        {
            id = default;
            return false;
        }

        id = new VenueId(VenueSource.Cvf, $"{stem}@{name}{year}@{VenueSource.Cvf.SiteSuffix()}");
        return true;
    }

    /// <summary><c>36963@AAAI</c>: the article's number on AAAI's journal site.</summary>
    public static bool TryAaai(int article, out VenueId id)
    {
        if (article is < 1 or > VenueFacts.Aaai.MaxArticle)
        {
            id = default;
            return false;
        }

        id = new VenueId(VenueSource.Aaai, $"{article}@{VenueSource.Aaai.SiteSuffix()}");
        return true;
    }

    /// <summary><c>xu-haichuan@usenixsecurity24@USENIX</c>: the presentation's name and the conference, in lower case as USENIX writes them.</summary>
    public static bool TryUsenix(ReadOnlySpan<char> presentation, ReadOnlySpan<char> conference, int twoDigitYear, out VenueId id)
    {
        var name = VenueConferences.Find(VenueConferences.Usenix, conference);
        if (name is null || twoDigitYear is < 0 or > 99 || !VenueKeys.IsUsenixPresentation(presentation))
        {
            id = default;
            return false;
        }

        id = new VenueId(VenueSource.Usenix, $"{presentation.ToString().ToLowerInvariant()}@{name}{twoDigitYear:00}@{VenueSource.Usenix.SiteSuffix()}");
        return true;
    }

    /// <summary>
    /// <c>key@SECTION</c> for a source read by <see cref="VenueReader.Segment"/>: a venue added as data alone, whose key
    /// keeps its spelling.
    /// </summary>
    internal static bool TrySegment(VenueSource source, ReadOnlySpan<char> key, out VenueId id) =>
        TryCreate(source, key, VenueKeys.IsSegmentKey(key), out id);

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
