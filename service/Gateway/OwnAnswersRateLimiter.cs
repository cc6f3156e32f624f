using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.Fleet;
using Redirector.Redirects;

namespace Redirector.Gateway;

/// <summary>
/// The door's own answers that cost it work in proportion to what a client sends (the landing page and its form,
/// <c>/api/ids</c>, the page of choices for many ids) are limited per client like forwarded requests, from buckets of
/// their own, as the same settings say: a client busy on the site is not refused the form, nor the other way round.
/// They are kept in this process even when Redis shares the forwarded ones, because the work they stand for is this
/// replica's. Plain paper redirects stay unlimited. Only in gateway mode, where the client is known (a trusted proxy's
/// forwarded address): in redirect mode behind a load balancer every client would share the balancer's bucket.
/// </summary>
public sealed class OwnAnswersRateLimiter : IDisposable
{
    // A form whose ids need a page of choices passes two checks; it is one request.
    private static readonly object Counted = new();

    private readonly ClientBuckets? _buckets;
    private readonly ServiceMetrics _metrics;

    public OwnAnswersRateLimiter(IOptions<RedirectorOptions> options, ServiceMetrics metrics)
    {
        var settings = options.Value;
        _buckets = settings.IsGateway && settings.RateLimit.Enabled ? new ClientBuckets(settings.RateLimit) : null;
        _metrics = metrics;
    }

    /// <returns>null when the request may be answered; otherwise a 429 that says when to come back.</returns>
    public IResult? Refuse(HttpContext context)
    {
        if (_buckets is null || !context.Items.TryAdd(Counted, null) || _buckets.TryAcquire(context) is not { } wait)
        {
            return null;
        }

        _metrics.RateLimited();
        var seconds = (int)Math.Ceiling(Math.Max(wait.TotalSeconds, 1));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return PaperResponses.Problem(
            StatusCodes.Status429TooManyRequests,
            "Too many requests",
            $"This client sent more requests than this service allows. Try again in {seconds} s.");
    }

    public void Dispose() => _buckets?.Dispose();
}
