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
    /// <para>
    /// Built when the first request reaches them rather than at start. Activating these middlewares resolves their
    /// options, loggers and problem writers through dependency injection, and in the native binary each open generic
    /// that asks for is a type built at run time: about an eighth of the start's CPU, spent before the first answer
    /// although a plain redirect (<see cref="PlainRedirectsFirst"/>) never passes here (docs/performance.md).
    /// Two requests that arrive together may both build them; the spare is dropped, and neither waits for the other,
    /// as nothing on the socket engine's thread may (<see cref="InlineTransport"/>).
    /// </para>
    /// </summary>
    public static IApplicationBuilder UsePageAnswers(this IApplicationBuilder app)
    {
        var pages = app.New();
        return app.Use(next =>
        {
            var built = new Lazy<RequestDelegate>(
                () =>
                {
                    var branch = pages.New();
                    branch.UseRequestLocalization().UseExceptionHandler().UseStatusCodePages().Run(next);
                    return branch.Build();
                },
                LazyThreadSafetyMode.PublicationOnly);
            return context => built.Value(context);
        });
    }
}
