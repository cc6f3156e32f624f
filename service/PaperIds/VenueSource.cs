namespace Redirector.PaperIds;

/// <summary>The conference sources the target site knows, each with its own venue-id suffix.</summary>
public enum VenueSource
{
    OpenReview,
    Acl,
    Ijcai,
    Pmlr,

    /// <summary>CVPR and ICCV papers on the Computer Vision Foundation's open-access site.</summary>
    Cvf,
    Aaai,
    Usenix,
}

public static class VenueSourceNames
{
    /// <summary>Lower-case source name for APIs and logs: openreview, acl, ijcai, pmlr, cvf, aaai, usenix.</summary>
    public static string ApiName(this VenueSource source) => source switch
    {
        VenueSource.OpenReview => "openreview",
        VenueSource.Acl => "acl",
        VenueSource.Ijcai => "ijcai",
        VenueSource.Pmlr => "pmlr",
        VenueSource.Cvf => "cvf",
        VenueSource.Aaai => "aaai",
        VenueSource.Usenix => "usenix",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>The suffix the target site expects after the last <c>@</c>.</summary>
    public static string SiteSuffix(this VenueSource source) => source switch
    {
        VenueSource.OpenReview => "OpenReview",
        VenueSource.Acl => "ACL",
        VenueSource.Ijcai => "IJCAI",
        VenueSource.Pmlr => "PMLR",
        VenueSource.Cvf => "CVF",
        VenueSource.Aaai => "AAAI",
        VenueSource.Usenix => "USENIX",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
