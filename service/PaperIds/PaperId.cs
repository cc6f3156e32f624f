namespace Redirector.PaperIds;

public enum PaperKind
{
    Arxiv,
    Venue,
}

/// <summary>A paper the target site can show: an unversioned arXiv id or a venue id.</summary>
public readonly struct PaperId : IEquatable<PaperId>
{
    private PaperId(PaperKind kind, ArxivId arxiv, VenueId venue)
    {
        Kind = kind;
        Arxiv = arxiv;
        Venue = venue;
    }

    public PaperKind Kind { get; }

    public ArxivId Arxiv { get; }

    public VenueId Venue { get; }

    /// <summary>Lower-case source name for APIs: arxiv, openreview, acl, ijcai, pmlr, cvf, aaai, usenix.</summary>
    public string SourceName => Kind == PaperKind.Arxiv ? "arxiv" : Venue.Source.ApiName();

    public static PaperId From(ArxivId id) => new(PaperKind.Arxiv, id.WithoutVersion(), default);

    public static PaperId From(VenueId id) => new(PaperKind.Venue, default, id);

    /// <summary>The id as the target site writes it in a path.</summary>
    public override string ToString() => Kind == PaperKind.Arxiv ? Arxiv.ToString() : Venue.Value;

    /// <summary>How many characters <see cref="ToString"/> gives.</summary>
    public int FormattedLength => Kind == PaperKind.Arxiv ? Arxiv.FormattedLength : Venue.Value.Length;

    /// <summary>The id as <see cref="ToString"/> writes it, without allocating.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        if (Kind == PaperKind.Arxiv)
        {
            return Arxiv.TryFormat(destination, out charsWritten, default, System.Globalization.CultureInfo.InvariantCulture);
        }

        charsWritten = Venue.Value.TryCopyTo(destination) ? Venue.Value.Length : 0;
        return charsWritten > 0 || Venue.Value.Length == 0;
    }

    public bool Equals(PaperId other) => Kind == other.Kind && Arxiv.Equals(other.Arxiv) && Venue.Equals(other.Venue);

    public override bool Equals(object? obj) => obj is PaperId other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Arxiv, Venue);

    public static bool operator ==(PaperId left, PaperId right) => left.Equals(right);

    public static bool operator !=(PaperId left, PaperId right) => !left.Equals(right);
}
