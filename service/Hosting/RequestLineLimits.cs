namespace Redirector.Hosting;

/// <summary>
/// Kestrel refuses a request line over 8 KB by itself, with a bare 414 that no browser explains, long before the
/// service's own input limit could be read: 4096 characters of Chinese text take some 36 KB once percent-encoded. The
/// limit is raised so that those addresses reach the service, which answers its own 414 (a page in the reader's
/// language, or problem+json). Beyond it Kestrel still answers, so that one request cannot make a connection hold
/// more than a few tens of kilobytes of unparsed headers.
/// </summary>
internal static class RequestLineLimits
{
    /// <summary>The longest request line (method, path and query, version) the service reads. docs/deploy.md says it.</summary>
    internal const int MaxRequestLine = 64 * 1024;

    internal static void AllowLongAddresses(this IWebHostBuilder web) => web.ConfigureKestrel(kestrel =>
    {
        var limits = kestrel.Limits;
        limits.MaxRequestLineSize = MaxRequestLine;

        // HTTP/2 carries the path as a header, counted in the header limits: the same room for it there.
        limits.Http2.MaxRequestHeaderFieldSize = Math.Max(limits.Http2.MaxRequestHeaderFieldSize, MaxRequestLine);
        limits.MaxRequestHeadersTotalSize += MaxRequestLine;
    });
}
