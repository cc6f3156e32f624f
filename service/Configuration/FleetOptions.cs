namespace Redirector.Configuration;

/// <summary>The Prometheus scrape endpoint, on a port of its own: on the public port <c>/metrics</c> may be a page of the site.</summary>
public sealed class MetricsOptions
{
    /// <summary>The port that serves <c>/metrics</c>; absent, no scrape endpoint.</summary>
    public int? Port { get; set; }

    /// <summary>
    /// The host name it listens on: <c>*</c> (every interface, for a scraper on another machine or pod) or
    /// <c>localhost</c> (this machine only).
    /// </summary>
    public string Host { get; set; } = "*";
}

/// <summary>
/// How long browsers (<c>max-age</c>) and shared caches such as a CDN (<c>s-maxage</c>) may answer a repeated redirect
/// themselves. A CDN can be purged after a change of Target or grammar, a browser cannot, hence the shorter browser life.
/// </summary>
public sealed class RedirectCacheOptions
{
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan SharedMaxAge { get; set; } = TimeSpan.FromDays(1);
}
