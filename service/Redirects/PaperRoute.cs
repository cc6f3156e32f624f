namespace Redirector.Redirects;

/// <summary>The paper endpoint a read goes to (<see cref="Endpoints.PaperEndpoints"/>).</summary>
public enum PaperRoute
{
    UrlPrefix,
    ArxivSection,
    VenueSection,
}
