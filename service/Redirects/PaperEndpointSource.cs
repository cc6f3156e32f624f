namespace Redirector.Redirects;

/// <summary>
/// The data source that holds only the paper endpoints, recorded when they are mapped
/// (<see cref="Endpoints.PaperEndpoints.MapPaperRedirects"/>), so that the early path can name the endpoint routing would
/// have chosen without building every endpoint of the service.
/// </summary>
public sealed class PaperEndpointSource
{
    public EndpointDataSource? Source { get; internal set; }
}
