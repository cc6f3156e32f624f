using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Redirector.Configuration;

namespace Redirector.Gateway;

/// <summary>
/// One token bucket per client address, for forwarded requests only: redirects cost the upstream nothing and stay
/// unlimited. The client address is the connection's, or the forwarded one from a trusted proxy. Each process keeps its
/// own buckets (one per <see cref="ClientKey"/>): behind a load balancer, N replicas let a client through at N times the limit unless the buckets are
/// shared (<c>Redirector:Redis</c>), and then these are the fallback while Redis does not answer.
/// </summary>
public sealed class ForwardedRateLimiter : IClientRateLimit, IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext>? _limiter;

    public ForwardedRateLimiter(IOptions<RedirectorOptions> options)
    {
        var limit = options.Value.RateLimit;
        if (!limit.Enabled)
        {
            return;
        }

        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = limit.PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        var prefixLength = limit.Ipv6PrefixLength;
        _limiter = PartitionedRateLimiter.Create<HttpContext, IPAddress>(context =>
            RateLimitPartition.GetTokenBucketLimiter(ClientKey.Of(context, prefixLength), _ => bucket));
    }

    public ValueTask<TimeSpan?> TryAcquireAsync(HttpContext context) => new(TryAcquire(context));

    /// <returns>null when the request may go on; otherwise how long the client should wait.</returns>
    public TimeSpan? TryAcquire(HttpContext context)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter?.Dispose();
}
