namespace Redirector.PaperIds;

/// <summary>The conference sources the target site knows, each with its own venue-id suffix.</summary>
public enum VenueSource
{
    OpenReview,
    Acl,
    Ijcai,
    Pmlr,
}

internal static class VenueSourceNames
{
    /// <summary>The suffix the target site expects after the last <c>@</c>.</summary>
    internal static string SiteSuffix(this VenueSource source) => source switch
    {
        VenueSource.OpenReview => "OpenReview",
        VenueSource.Acl => "ACL",
        VenueSource.Ijcai => "IJCAI",
        VenueSource.Pmlr => "PMLR",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
