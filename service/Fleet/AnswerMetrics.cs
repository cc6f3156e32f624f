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
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Features.Get<SiteAnswer>() is not null)
            {
                return;
            }

            switch (context.Response.StatusCode)
            {
                case StatusCodes.Status404NotFound:
                    metrics.NotFound();
                    break;
                case StatusCodes.Status414UriTooLong:
                    metrics.TooLong();
                    break;
            }
        });
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
