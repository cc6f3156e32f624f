// service/Hosting: start-up and the pipeline: defaults, transport, logging, JSON, languages, probes, hosts, proxies.
using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.Fleet;
using Redirector.Gateway;
using Redirector.Pages;
using Redirector.Redirects;

namespace Redirector.Hosting;

public static class RedirectorServiceExtensions
{
    /// <summary>
    /// Options (validated at start-up), the grammar's limits and the URL builders, drain on stop and metrics; in gateway
    /// mode also the forwarder, the upstream readiness check and the per-client rate limiter.
    /// </summary>
    public static WebApplicationBuilder AddRedirector(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddServiceDefaults();
        builder.WebHost.AllowLongAddresses();
        var services = builder.Services;
        services.AddOptions<RedirectorOptions>()
            .BindConfiguration(RedirectorOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedirectorOptions>, RedirectorOptionsValidator>();
        services.AddSingleton<TargetSite>();
        services.AddSingleton<PaperLookup>();
        services.AddSingleton<OwnAnswersRateLimiter>();
        services.AddSingleton<PaperResponses>();
        services.AddSingleton<PlainRedirects>();
        services.AddSingleton<PaperEndpointSource>();
        // Before the framework's JSON writer, which AddProblemDetails adds: browsers get pages, programs problem+json.
        services.AddSingleton<IProblemDetailsWriter, HtmlProblemWriter>();

        // The exception handler clears the response, headers included, before it writes its problem.
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context => NoSniff.Apply(context.HttpContext.Response));
        services.AddPageLocalization();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServiceJsonContext.Default));
        var health = services.AddHealthChecks();
        var settings = builder.Configuration.GetSection(RedirectorOptions.SectionName).Get<RedirectorOptions>() ?? new RedirectorOptions();
        builder.ChooseTransport(settings);
        services.AddFleet(settings, health, ReadinessTag);
        services.AddMetricsExport(settings, builder.Configuration);

        if (!settings.IsGateway)
        {
            services.AddSingleton<ISitePages, RedirectModeSitePages>();
            return builder;
        }

        services.AddReverseProxy();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.RequestHeaderEncodingSelector = ConnectionHeaderDecoding.Select);
        services.AddSingleton<UpstreamClient>();
        services.AddSingleton<PublicHosts>();
        services.AddSingleton<UpstreamProbe>();
        services.AddSingleton<UpstreamHealthCheck>();
        services.AddClientRateLimit(settings);
        services.AddSingleton<UpstreamForwarder>();
        services.AddSingleton<ISitePages, GatewaySitePages>();
        health.AddCheck<UpstreamHealthCheck>("upstream", tags: [ReadinessTag]);
        services.TrustOnly([.. settings.TrustedProxies]);
        return builder;
    }

    internal const string ReadinessTag = "ready";
}
