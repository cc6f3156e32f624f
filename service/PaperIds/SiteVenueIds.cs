namespace Redirector.PaperIds;

/// <summary>Parses the target site's own venue-id form back, validating each source's key.</summary>
internal static class SiteVenueIds
{
    internal static bool TryParse(ReadOnlySpan<char> text, out VenueId id)
    {
        id = default;
        var at = text.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var suffix = text[(at + 1)..];
        var key = text[..at];
        if (suffix.Equals("OpenReview", StringComparison.OrdinalIgnoreCase))
        {
            return VenueId.TryOpenReview(key, out id);
        }

        if (suffix.Equals("ACL", StringComparison.OrdinalIgnoreCase))
        {
            return VenueId.TryAcl(key, out id);
        }

        if (suffix.Equals("AAAI", StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(key, System.Globalization.NumberStyles.None, null, out var article) && VenueId.TryAaai(article, out id);
        }

        var inner = key.IndexOf('@');
        if (inner <= 0)
        {
            return false;
        }

        var paper = key[..inner];
        var volume = key[(inner + 1)..];
        if (suffix.Equals("IJCAI", StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(paper, System.Globalization.NumberStyles.None, null, out var number)
                && int.TryParse(volume, System.Globalization.NumberStyles.None, null, out var year)
                && VenueId.TryIjcai(year, number, out id);
        }

        // CVPR2024 and usenixsecurity24: a conference's name, then its year.
        if (suffix.Equals("CVF", StringComparison.OrdinalIgnoreCase))
        {
            return volume.Length > 4
                && int.TryParse(volume[^4..], System.Globalization.NumberStyles.None, null, out var cvfYear)
                && VenueId.TryCvf(paper, volume[..^4], cvfYear, out id);
        }

        if (suffix.Equals("USENIX", StringComparison.OrdinalIgnoreCase))
        {
            return volume.Length > 2
                && int.TryParse(volume[^2..], System.Globalization.NumberStyles.None, null, out var usenixYear)
                && VenueId.TryUsenix(paper, volume[..^2], usenixYear, out id);
        }

        return suffix.Equals("PMLR", StringComparison.OrdinalIgnoreCase)
            && volume.Length > 1 && (volume[0] is 'v' or 'V')
            && int.TryParse(volume[1..], System.Globalization.NumberStyles.None, null, out var pmlrVolume)
            && VenueId.TryPmlr(pmlrVolume, paper, out id);
    }
}
