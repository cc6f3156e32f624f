using System.Diagnostics.Metrics;

namespace Redirector.Fleet;

/// <summary>
/// The service's own counters, beside the framework's HTTP and Kestrel meters: what it answered and why, so that an
/// operator can tell redirects from forwarded pages, the site's failures from the clients', and a fleet running on
/// one shared rate limit from one that fell back to a limit per replica. Without an exporter nobody listens and
/// counting costs next to nothing.
/// </summary>
public sealed class ServiceMetrics
{
    public const string MeterName = "Redirector";

    private readonly Counter<long> _redirects;
    private readonly Counter<long> _notFound;
    private readonly Counter<long> _tooLong;
    private readonly Counter<long> _forwarded;
    private readonly Counter<long> _upstreamFailures;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _redisFallbacks;

    public ServiceMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _redirects = meter.CreateCounter<long>("redirector.redirects", "{redirect}", "Redirects answered by the service, by the source of the first paper (site: a page of the site itself).");
        _notFound = meter.CreateCounter<long>("redirector.not_found", "{response}", "Inputs the service answered with 404: no paper id in them.");
        _tooLong = meter.CreateCounter<long>("redirector.too_long", "{response}", "Inputs the service answered with 414: longer than Redirector:MaxInputLength.");
        _forwarded = meter.CreateCounter<long>("redirector.forwarded", "{request}", "Requests forwarded to the site, by the status the site answered.");
        _upstreamFailures = meter.CreateCounter<long>("redirector.upstream.failures", "{request}", "Forwards that failed through the site's fault (502, 504), by status and forwarder error.");
        _rateLimited = meter.CreateCounter<long>("redirector.rate_limited", "{request}", "Requests refused with 429: the client was over its rate limit, for the site or for the door's own pages.");
        _redisFallbacks = meter.CreateCounter<long>("redirector.rate_limit.redis_fallbacks", "{decision}", "Rate-limit decisions made by this replica's own bucket because Redis did not answer in time, by reason.");
    }

    public void Redirected(string source) => _redirects.Add(1, new KeyValuePair<string, object?>("source", source));

    public void NotFound() => _notFound.Add(1);

    public void TooLong() => _tooLong.Add(1);

    public void Forwarded(int status) => _forwarded.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));

    public void UpstreamFailed(int status, string error) => _upstreamFailures.Add(
        1,
        new KeyValuePair<string, object?>("http.response.status_code", status),
        new KeyValuePair<string, object?>("error.type", error));

    public void RateLimited() => _rateLimited.Add(1);

    public void RedisFallback(string reason) => _redisFallbacks.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
