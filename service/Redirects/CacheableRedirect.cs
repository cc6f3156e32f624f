using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.Fleet;

namespace Redirector.Redirects;

/// <summary>
/// A redirect the service answers itself. It is a pure function of the request and the configuration, so a browser or
/// a CDN may answer repeats without asking: 302 with an explicit lifetime rather than a permanent redirect, because a
/// change of Target or of the grammar must reach every client within that lifetime (see docs/deploy.md).
/// </summary>
internal sealed class CacheableRedirect(string url, RedirectPolicy policy) : IResult
{
    internal static IResult To(string url, RedirectPolicy policy) => new CacheableRedirect(url, policy);

    public Task ExecuteAsync(HttpContext context)
    {
        Write(context.Response, url, policy);
        return Task.CompletedTask;
    }

    /// <summary>The redirect written straight to the response, for the path that answers without building a result.</summary>
    internal static void Write(HttpResponse response, string url, RedirectPolicy policy)
    {
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = url;
        response.Headers.CacheControl = policy.CacheControl;
        policy.Metrics.Redirected(RedirectSource.Of(url.AsSpan(policy.OriginLength)));
    }
}

/// <summary>What every redirect carries, worked out once from the configuration.</summary>
public sealed class RedirectPolicy(IOptions<RedirectorOptions> options, TargetSite target, ServiceMetrics metrics)
{
    public string CacheControl { get; } = FormattableString.Invariant(
        $"public, max-age={options.Value.RedirectCache.MaxAge.TotalSeconds:0}, s-maxage={options.Value.RedirectCache.SharedMaxAge.TotalSeconds:0}");

    /// <summary>Where the path starts in a redirect's URL: every URL begins with the target's origin (<see cref="TargetSite"/>).</summary>
    public int OriginLength { get; } = target.OriginText.Length;

    public ServiceMetrics Metrics => metrics;
}
