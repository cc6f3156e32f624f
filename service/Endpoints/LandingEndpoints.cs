using System.Text.Encodings.Web;
using Redirector.Pages;
using Redirector.Redirects;

namespace Redirector.Endpoints;

/// <summary>The landing page and its form. <c>/redirector</c> always; <c>/</c> too unless a site is proxied there.</summary>
public static class LandingEndpoints
{
    public static IEndpointRouteBuilder MapLanding(this IEndpointRouteBuilder app, bool atRoot)
    {
        var landing = app.MapGroup(string.Empty).WithTags("Landing");
        landing.MapGet(LandingPage.Path, Landing);
        if (atRoot)
        {
            landing.MapGet("/", Landing);
        }

        landing.MapGet(LandingPage.GoPath, Go);
        return app;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Landing(HttpContext context, PaperResponses responses)
    {
        context.Response.Headers.ContentSecurityPolicy = LandingPage.ContentSecurityPolicy;
        context.Response.Headers.Vary = "Accept-Language";
        var origin = HtmlEncoder.Default.Encode(responses.Target.Origin.GetLeftPart(UriPartial.Authority));
        return TypedResults.Content(LandingPage.Render(responses.Text, origin, responses.Lookup.MaxIds), "text/html; charset=utf-8");
    }

    /// <summary>The landing page's form: the same as typing the input after the service's address.</summary>
    private static IResult Go(HttpRequest request, PaperResponses responses, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return PaperResponses.Problem(StatusCodes.Status400BadRequest, "Nothing to look up", "Give a URL, an id or some text in the 'q' parameter.");
        }

        return responses.ForOwnAddress(request, q) ?? responses.ForLookup(request, responses.Lookup.Find(q), q);
    }
}
