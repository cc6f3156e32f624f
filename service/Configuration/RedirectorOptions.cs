// service/Configuration: the Redirector:* settings with their defaults, and the checks that stop start-up on a bad one.
namespace Redirector.Configuration;

/// <summary>The <c>Redirector</c> configuration section. Defaults live here; configuration overrides them.</summary>
public sealed class RedirectorOptions
{
    public const string SectionName = "Redirector";

    /// <summary>The public origin users land on, e.g. <c>https://papers.cool</c>. Every Location header stays on it.</summary>
    public string Target { get; set; } = "https://papers.cool";

    /// <summary>The longest input (path and query, or the <c>q</c> parameter) looked at; longer gets 414.</summary>
    public int MaxInputLength { get; set; } = 4096;

    /// <summary>The most ids on one page of the site; more are split over several pages, listed for the reader to open.</summary>
    public int MaxIds { get; set; } = 50;

    /// <summary>The most text the landing page's form takes (a whole reference list); longer gets 413.</summary>
    public int MaxFormLength { get; set; } = 65_536;

    /// <summary>
    /// The site to put this service in front of (gateway mode), e.g. <c>http://127.0.0.1:8080</c>. Absent: redirect mode.
    /// In gateway mode <see cref="Target"/> is the door's own public origin.
    /// </summary>
    public string? Upstream { get; set; }

    /// <summary>How long the upstream may stay silent during one request before the door answers 504.</summary>
    public TimeSpan UpstreamTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long connecting to the upstream may take before the door answers 502.</summary>
    public TimeSpan UpstreamConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The upstream path the readiness endpoint asks.</summary>
    public string UpstreamHealthPath { get; set; } = "/";

    public ForwardedRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// Proxies in front of this service whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (IP
    /// addresses or CIDR networks). This is the whole list: none by default, not even loopback. Without them the client
    /// is the connecting address, so one proxy would share one rate limit for everybody.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>
    /// Public host names of the door besides the host of <see cref="Target"/> (e.g. <c>www.papers.cool</c>,
    /// <c>*.papers.cool</c>). In gateway mode requests for any other host get 400, and only these reach the site as
    /// <c>X-Forwarded-Host</c>.
    /// </summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>
    /// More request headers through which a client could claim an address (a CDN's own, say), removed before a request
    /// reaches the site, like the built-in list (<c>X-Forwarded-*</c>, <c>Forwarded</c>, <c>X-Real-IP</c>,
    /// <c>True-Client-IP</c>, <c>CF-Connecting-IP</c>…), with or without underscores for hyphens.
    /// </summary>
    public IList<string> ClientAddressHeaders { get; } = [];

    /// <summary>
    /// A StackExchange.Redis connection string (<c>redis:6379</c>, <c>host:6380,ssl=true,password=…</c>). Set, every
    /// replica draws forwarded requests from one bucket per client kept there; absent, each process keeps its own.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>How long one rate-limit decision may wait for Redis before the local bucket decides instead.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    public MetricsOptions Metrics { get; set; } = new();

    /// <summary>
    /// After SIGTERM, how long /readyz answers 503 while the service keeps serving, so load balancers stop sending
    /// before it stops accepting.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After the drain delay, how long requests still in flight may take before they are cut off.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public RedirectCacheOptions RedirectCache { get; set; } = new();

    /// <summary>
    /// Whether socket completions and requests run on the socket engine's thread instead of the thread pool's: on by
    /// default, the fastest per core (docs/performance.md). Read once, at start.
    /// </summary>
    public bool InlineTransport { get; set; } = true;

    public bool IsGateway => !string.IsNullOrWhiteSpace(Upstream);

    /// <summary>Whether forwarded requests are limited through Redis: only in gateway mode, with the limit on.</summary>
    public bool HasSharedRateLimit => IsGateway && RateLimit.Enabled && !string.IsNullOrWhiteSpace(Redis);
}

/// <summary>A token bucket per client for forwarded requests: a burst for a page and its assets, then a steady rate.</summary>
public sealed class ForwardedRateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int Burst { get; set; } = 200;

    public int PerSecond { get; set; } = 50;

    /// <summary>
    /// How many leading bits of an IPv6 address make one client: 64 by default, the network one household or one server
    /// is given. 128 would give a bucket to each address, of which one such network holds 2^64.
    /// </summary>
    public int Ipv6PrefixLength { get; set; } = 64;
}
