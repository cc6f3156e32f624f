using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.Endpoints;
using Redirector.Fleet;
using Redirector.Gateway;
using Redirector.Redirects;

namespace Redirector.Hosting;

public static class RedirectorApplicationExtensions
{
    public static WebApplication MapRedirector(this WebApplication app)
    {
        var gateway = app.Services.GetRequiredService<IOptions<RedirectorOptions>>().Value.IsGateway;
        app.UseFleet();
        app.UseNoSniff();
        if (gateway)
        {
            app.UseForwardedHeaders();
        }

        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (gateway)
        {
            app.UseDoorHostFiltering();

            // Only reads can be paper lookups; the site's forms, APIs and everything else go straight through, but for
            // the door's own landing-page form.
            var forwarder = app.Services.GetRequiredService<UpstreamForwarder>();
            app.MapWhen(
                context => !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                    && !(HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(Pages.LandingPage.GoPath, StringComparison.Ordinal)),
                site => site.Run(forwarder.ForwardAsync));
        }

        var health = app.MapGroup(string.Empty).WithTags("Health");
        health.MapHealthChecks(HealthPaths.Liveness, new HealthCheckOptions { Predicate = _ => false });
        health.MapHealthChecks(HealthPaths.Readiness, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(RedirectorServiceExtensions.ReadinessTag),
            ResponseWriter = HealthResponses.WriteJson,
        });
        app.MapIdsApi();
        app.MapLanding(atRoot: !gateway);
        app.MapPaperRedirects();
        return app;
    }
}
