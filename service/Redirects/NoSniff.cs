using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Redirector.Redirects;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c> on everything the service answers itself, so that a browser takes each
/// answer for what its content type says: an input echoed in a problem+json body can never be read as HTML or script.
/// In gateway mode the site's own responses are passed on with the headers the site chose instead.
/// </summary>
public static class NoSniff
{
    private static readonly StringValues Value = "nosniff";

    public static IApplicationBuilder UseNoSniff(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            Apply(context.Response);
            return next(context);
        });

    /// <summary>Again after a response was cleared: a cleared response loses its headers.</summary>
    public static void Apply(HttpResponse response) => response.Headers.XContentTypeOptions = Value;

    /// <summary>Before the site's response is copied in: its headers are appended to what is already there.</summary>
    public static void Remove(HttpResponse response) => response.Headers.Remove(HeaderNames.XContentTypeOptions);
}
