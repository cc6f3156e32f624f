// service/Fleet: running as one of several replicas: drain on stop, metrics, a client rate limit shared through Redis.
using System.Net;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Redirector.Configuration;
using Redirector.Gateway;
using Redirector.Redirects;

namespace Redirector.Fleet;

/// <summary>What running as one of several replicas adds: drain on stop, cacheable redirects, metrics, a shared rate limit.</summary>
public static class FleetServiceExtensions
{
    /// <summary>The environment variable with which OpenTelemetry's OTLP exporter is pointed at a collector.</summary>
    private const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddFleet(this IServiceCollection services, RedirectorOptions settings, IHealthChecksBuilder health, string readinessTag)
    {
        services.AddSingleton<IValidateOptions<RedirectorOptions>, FleetOptionsValidator>();
        services.AddSingleton<ServiceMetrics>();
        services.AddSingleton<RedirectPolicy>();

        services.AddSingleton<Drain>();
        services.AddHostedService(provider => provider.GetRequiredService<Drain>());
        health.AddCheck<DrainHealthCheck>("draining", tags: [readinessTag]);

        // The host's whole stop (its timeout cuts off whatever is still running) is the drain delay plus the time
        // requests in flight are given. Read from the settings as bound, not the validated options: the host's own
        // options are built before start-up validation runs, which must stay the place that reports a bad value.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = settings.DrainDelay.Duration() + settings.DrainTimeout.Duration());
        return services;
    }

    /// <summary>The per-client limit on forwarded requests: one bucket per client in Redis when configured, else in this process.</summary>
    public static IServiceCollection AddClientRateLimit(this IServiceCollection services, RedirectorOptions settings)
    {
        services.AddSingleton<ForwardedRateLimiter>();
        if (!settings.HasSharedRateLimit)
        {
            services.AddSingleton<IClientRateLimit>(provider => provider.GetRequiredService<ForwardedRateLimiter>());
            return services;
        }

        services.AddSingleton<RedisConnection>();
        services.AddHostedService(provider => provider.GetRequiredService<RedisConnection>());
        services.AddSingleton<RedisClientRateLimit>();
        services.AddSingleton<IClientRateLimit>(provider => provider.GetRequiredService<RedisClientRateLimit>());

        // After the connection (hosted services start in order), before the server accepts requests.
        services.AddHostedService(provider => provider.GetRequiredService<RedisClientRateLimit>());
        return services;
    }

    /// <summary>
    /// OpenTelemetry metrics, exported only where asked: Prometheus text on <c>Redirector:Metrics:Port</c> (never the
    /// public port, where <c>/metrics</c> may be a page of the site), OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static IServiceCollection AddMetricsExport(this IServiceCollection services, RedirectorOptions settings, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpoint]);
        if (settings.Metrics.Port is null && !otlp)
        {
            return services;
        }

        if (settings.Metrics.Port is not null)
        {
            services.AddHostedService<MetricsExposureWarning>();
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("cool-papers-redirector"))
            .WithMetrics(metrics =>
            {
                // The framework's own meters: http.server.request.duration, Kestrel's connections, routing, diagnostics.
                metrics.AddAspNetCoreInstrumentation().AddMeter(ServiceMetrics.MeterName);
                // An impossible port is left to start-up validation, which names the setting; the listener, built
                // earlier, would only say that it could not start.
                if (settings.Metrics.Port is { } port and >= IPEndPoint.MinPort + 1 and <= IPEndPoint.MaxPort)
                {
                    metrics.AddPrometheusHttpListener(listener =>
                    {
                        listener.Port = port;
                        if (settings.Metrics.Host is "*" or "+")
                        {
                            // Every interface: HttpListener takes the wildcard in its prefix, the exporter's own
                            // option only a host name.
                            listener.ConfigureHttpListener = (_, http) =>
                            {
                                http.Prefixes.Clear();
                                http.Prefixes.Add(FormattableString.Invariant($"http://{settings.Metrics.Host}:{port}/"));
                            };
                        }
                        else
                        {
                            listener.Host = settings.Metrics.Host;
                        }
                    });
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
