using System.Net;
using System.Threading.RateLimiting;
using Redirector.Configuration;

namespace Redirector.Gateway;

/// <summary>A token bucket per client (<see cref="ClientKey"/>), kept in this process, as the rate-limit settings say.</summary>
internal sealed class ClientBuckets : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    internal ClientBuckets(ForwardedRateLimitOptions limit)
    {
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

    /// <returns>null when the request may go on; otherwise how long the client should wait.</returns>
    internal TimeSpan? TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
