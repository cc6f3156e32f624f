using Redirector.Endpoints;

namespace Redirector.Hosting;

public static class RedirectorApplicationExtensions
{
    public static WebApplication MapRedirector(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/healthz").WithTags("Health");
        app.MapIdsApi();
        app.MapLanding(atRoot: true);
        app.MapPaperRedirects();
        return app;
    }
}
