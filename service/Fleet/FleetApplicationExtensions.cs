namespace Redirector.Fleet;

public static class FleetApplicationExtensions
{
    /// <summary>At the head of the pipeline, so that both see every answer, the site's and the service's own.</summary>
    public static IApplicationBuilder UseFleet(this IApplicationBuilder app) =>
        app.UseDrainConnections().UseAnswerMetrics();
}
