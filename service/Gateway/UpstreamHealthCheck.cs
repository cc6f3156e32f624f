using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Redirector.Gateway;

/// <summary>
/// Readiness in gateway mode, from a recent look at the site. /readyz is open to anyone, so each call asking the site
/// afresh would let any client turn it into traffic for the site; instead a look is reused for a couple of seconds,
/// and callers arriving while one is under way share it. The answer says how old the look is.
/// </summary>
public sealed class UpstreamHealthCheck(UpstreamProbe probe) : IHealthCheck
{
    /// <summary>Short next to a load balancer's or orchestrator's probe interval, long next to a hammering client's.</summary>
    internal static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private Task<UpstreamLook>? _look;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var look = await CurrentLook().WaitAsync(cancellationToken);
        var description = FormattableString.Invariant($"{look.Description}, {Stopwatch.GetElapsedTime(look.TakenAt).TotalMilliseconds:0} ms ago");
        return look.IsUp ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
    }

    private Task<UpstreamLook> CurrentLook()
    {
        lock (_gate)
        {
            var stale = _look is null
                || (_look.IsCompleted && (!_look.IsCompletedSuccessfully || Stopwatch.GetElapsedTime(_look.Result.TakenAt) >= Freshness));
            if (stale)
            {
                _look = probe.LookAsync();
            }

            return _look!;
        }
    }
}
