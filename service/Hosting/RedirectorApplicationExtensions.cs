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
        else
        {
            app.UsePlainRedirects();
        }

        // Here rather than first, where the framework would put it, so that the plain redirects come before it and
        // the probes, which short-circuit (answer as soon as routing has chosen them), still pass through the
        // middleware above, which every answer needs, and skip only what follows, which pages need.
        app.UseRouting();
        app.UsePageAnswers();
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
        if (!gateway)
        {
            // Probes answer JSON or text, never a page; in gateway mode they stay behind the door's own middleware.
            health.ShortCircuit();
        }

        health.MapHealthChecks(HealthPaths.Liveness, new HealthCheckOptions { Predicate = _ => false });
        health.MapHealthChecks(HealthPaths.Readiness, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(RedirectorServiceExtensions.ReadinessTag),
            ResponseWriter = HealthResponses.WriteJson,
        });
        app.MapIdsApi();
        app.MapLanding(atRoot: !gateway);
        app.MapWebApp();
        app.MapPaperRedirects();
        return app;
    }

    /// <summary>
    /// What every answer that may be a page needs: the reader's language, a page instead of a bare 500 when something
    /// throws, and a page or problem+json instead of an empty 4xx.
    /// </summary>
    public static IApplicationBuilder UsePageAnswers(this IApplicationBuilder app) =>
        app.UseRequestLocalization().UseExceptionHandler().UseStatusCodePages();
}
