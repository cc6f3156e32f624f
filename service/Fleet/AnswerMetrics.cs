namespace Redirector.Fleet;

/// <summary>
/// Counts the service's own 404s (no paper id) and 414s (input too long) whichever endpoint answered them. The site's
/// answers passed on in gateway mode are the forwarder's to count, and are marked so that a site's 404 is not taken
/// for the service's.
/// </summary>
internal static class AnswerMetrics
{
    internal static IApplicationBuilder UseAnswerMetrics(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<ServiceMetrics>();
        return app.Use((context, next) =>
        {
            // Without an async method of its own when the rest completes at once, as a redirect does.
            var rest = next(context);
            if (!rest.IsCompletedSuccessfully)
            {
                return CountAfter(rest, context, metrics);
            }

            Count(context, metrics);
            return Task.CompletedTask;
        });
    }

    private static async Task CountAfter(Task rest, HttpContext context, ServiceMetrics metrics)
    {
        await rest;
        Count(context, metrics);
    }

    // The status first: a redirect, nearly every answer, is done without a feature lookup.
    private static void Count(HttpContext context, ServiceMetrics metrics)
    {
        switch (context.Response.StatusCode)
        {
            case StatusCodes.Status404NotFound when context.Features.Get<SiteAnswer>() is null:
                metrics.NotFound();
                break;
            case StatusCodes.Status414UriTooLong when context.Features.Get<SiteAnswer>() is null:
                metrics.TooLong();
                break;
        }
    }
}

/// <summary>Marks a request that went the forwarder's way: its answer is the site's, or the door's about forwarding it.</summary>
public sealed class SiteAnswer
{
    private static readonly SiteAnswer Instance = new();

    private SiteAnswer()
    {
    }

    public static void Mark(HttpContext context) => context.Features.Set(Instance);
}
