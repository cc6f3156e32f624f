using System.Net;
using Microsoft.Extensions.Options;
using Redirector.Configuration;

namespace Redirector.Fleet;

/// <summary>
/// The metrics port answers anyone who reaches it, without authentication. Every interface is the right default in a
/// pod, where only the cluster's network reaches it and Prometheus scrapes from another pod; on a host with a public
/// address it shows the service's traffic to the world. Said once at start, so that an operator who did not mean it
/// sees it (<c>Redirector:Metrics:Host=localhost</c> keeps it on this machine).
/// </summary>
internal sealed partial class MetricsExposureWarning(IOptions<RedirectorOptions> options, ILogger<MetricsExposureWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var metrics = options.Value.Metrics;
        if (metrics.Port is { } port && !IsLoopback(metrics.Host))
        {
            LogBeyondLoopback(logger, metrics.Host, port);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Metrics are served without authentication on {Host}:{Port}, beyond this machine. In a pod that is what Prometheus needs; on a host with a public address set Redirector:Metrics:Host=localhost.")]
    private static partial void LogBeyondLoopback(ILogger logger, string host, int port);
}
