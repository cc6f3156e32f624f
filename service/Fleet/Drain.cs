using Microsoft.AspNetCore.Connections.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Redirector.Configuration;

namespace Redirector.Fleet;

/// <summary>
/// Stopping without losing a request behind a load balancer. When the host is asked to stop (SIGTERM), readiness turns
/// 503 at once while the service keeps answering for <c>Redirector:DrainDelay</c>, long enough for load balancers to
/// notice and send elsewhere. Only then does the host go on to stop the server: it stops accepting, lets requests in
/// flight finish for up to <c>Redirector:DrainTimeout</c>, and the process exits by itself.
/// </summary>
public sealed partial class Drain(IOptions<RedirectorOptions> options, ILogger<Drain> logger) : IHostedLifecycleService
{
    private volatile bool _draining;

    public bool IsDraining => _draining;

    /// <summary>Runs before any hosted service stops, the server among them, so it is still accepting meanwhile.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        var delay = options.Value.DrainDelay;
        LogDraining(logger, delay.TotalSeconds, options.Value.DrainTimeout.TotalSeconds);
        await Task.Delay(delay, cancellationToken);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Stopping: /readyz answers 503 while requests are still served for {DelaySeconds} s, then the server stops accepting and gives requests in flight up to {TimeoutSeconds} s.")]
    private static partial void LogDraining(ILogger logger, double delaySeconds, double timeoutSeconds);
}

/// <summary>Readiness says "draining" from the moment the host is asked to stop, in both modes.</summary>
public sealed class DrainHealthCheck(Drain drain) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(drain.IsDraining
            ? HealthCheckResult.Unhealthy("draining: the service is stopping and takes no new work")
            : HealthCheckResult.Healthy("serving"));
}

internal static class DrainConnections
{
    /// <summary>
    /// While draining, each answer also closes its connection (HTTP/1.1 <c>Connection: close</c>, HTTP/2 GOAWAY), so that
    /// clients and proxies holding kept-alive connections reconnect, through the load balancer, to another replica.
    /// </summary>
    internal static IApplicationBuilder UseDrainConnections(this IApplicationBuilder app)
    {
        var drain = app.ApplicationServices.GetRequiredService<Drain>();
        return app.Use((context, next) =>
        {
            if (drain.IsDraining)
            {
                context.Features.Get<IConnectionLifetimeNotificationFeature>()?.RequestClose();
            }

            return next(context);
        });
    }
}
