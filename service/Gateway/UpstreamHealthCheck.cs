using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Redirector.Configuration;

namespace Redirector.Gateway;

/// <summary>Readiness in gateway mode: can the upstream answer right now? Anything below 500 counts as up.</summary>
public sealed class UpstreamHealthCheck(UpstreamClient client, IOptions<RedirectorOptions> options) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = new Uri(client.Upstream, options.Value.UpstreamHealthPath);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, probe);
            using var response = await client.Invoker.SendAsync(request, timeout.Token);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = (int)response.StatusCode;
            var description = FormattableString.Invariant($"upstream answered {status} in {elapsed:0} ms");
            return status < 500 ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"upstream did not answer within {ProbeTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException exception)
        {
            return HealthCheckResult.Unhealthy($"upstream unreachable: {exception.HttpRequestError}");
        }
    }
}
