using Microsoft.Extensions.Options;
using Redirector.Configuration;

namespace Redirector.Gateway;

/// <summary>
/// One token bucket per client for forwarded requests; redirects cost the upstream nothing and stay unlimited (the
/// door's own pages have buckets of their own, <see cref="OwnAnswersRateLimiter"/>). The client is the connection's
/// address, or the forwarded one from a trusted proxy (<see cref="ClientKey"/>). Each process keeps its own buckets:
/// behind a load balancer, N replicas let a client through at N times the limit unless the buckets are shared
/// (<c>Redirector:Redis</c>), and then these are the fallback while Redis does not answer.
/// </summary>
public sealed class ForwardedRateLimiter : IClientRateLimit, IDisposable
{
    private readonly ClientBuckets? _buckets;

    public ForwardedRateLimiter(IOptions<RedirectorOptions> options)
    {
        var limit = options.Value.RateLimit;
        _buckets = limit.Enabled ? new ClientBuckets(limit) : null;
    }

    public ValueTask<TimeSpan?> TryAcquireAsync(HttpContext context) => new(TryAcquire(context));

    /// <returns>null when the request may go on; otherwise how long the client should wait.</returns>
    public TimeSpan? TryAcquire(HttpContext context) => _buckets?.TryAcquire(context);

    public void Dispose() => _buckets?.Dispose();
}
