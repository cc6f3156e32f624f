using System.Globalization;

namespace Redirector.PaperIds;

/// <summary>Parses the target site's own venue-id form back, validating each source's key.</summary>
internal static class SiteVenueIds
{
    internal static bool TryParse(ReadOnlySpan<char> text, out VenueId id)
    {
        id = default;
        var at = text.LastIndexOf('@');
        if (at <= 0 || !VenueFacts.TryFindSection(text[(at + 1)..], out var section))
        {
            return false;
        }

        var key = text[..at];
        switch (section.Reader)
        {
            case VenueReader.OpenReview:
                return VenueId.TryOpenReview(key, out id);
            case VenueReader.Acl:
                return VenueId.TryAcl(key, out id);
            case VenueReader.Aaai:
                return int.TryParse(key, NumberStyles.None, null, out var article) && VenueId.TryAaai(article, out id);
            case VenueReader.Segment:
                return VenueId.TrySegment(section.Source, key, out id);
        }

        var inner = key.IndexOf('@');
        if (inner <= 0)
        {
            return false;
        }

        var paper = key[..inner];
        var volume = key[(inner + 1)..];
        return section.Reader switch
        {
            VenueReader.Ijcai => int.TryParse(paper, NumberStyles.None, null, out var number)
                && int.TryParse(volume, NumberStyles.None, null, out var year)
                && VenueId.TryIjcai(year, number, out id),

            // CVPR2024 and usenixsecurity24: a conference's name, then its year.
            VenueReader.Cvf => volume.Length > 4
                && int.TryParse(volume[^4..], NumberStyles.None, null, out var cvfYear)
                && VenueId.TryCvf(paper, volume[..^4], cvfYear, out id),
            VenueReader.Usenix => volume.Length > 2
                && int.TryParse(volume[^2..], NumberStyles.None, null, out var usenixYear)
                && VenueId.TryUsenix(paper, volume[..^2], usenixYear, out id),
            VenueReader.Pmlr => volume.Length > 1 && (volume[0] is 'v' or 'V')
                && int.TryParse(volume[1..], NumberStyles.None, null, out var pmlrVolume)
                && VenueId.TryPmlr(pmlrVolume, paper, out id),
            _ => false,
        };
    }
}
