using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Redirector.Pages;
using Redirector.Redirects;

namespace Redirector.Endpoints;

/// <summary>
/// The service as an installable web app on a phone: its manifest, its icons, and the share target that turns
/// "Share → Cool Papers" from any app into the paper's page. In both modes, under <c>/redirector</c>.
/// </summary>
public static class WebAppEndpoints
{
    public static IEndpointRouteBuilder MapWebApp(this IEndpointRouteBuilder app)
    {
        var webApp = app.MapGroup(string.Empty).WithTags("Web app");
        webApp.MapMethods(WebAppManifest.Path, ReadMethods.GetAndHead, Manifest);
        foreach (var icon in WebAppManifest.Icons)
        {
            webApp.MapMethods(icon.Path, ReadMethods.GetAndHead, (HttpResponse response) => Icon(response, icon));
        }

        // A share is the door's own work, limited per client as the landing form is.
        var limit = new Gateway.OwnAnswersLimit(app.ServiceProvider.GetRequiredService<Gateway.OwnAnswersRateLimiter>());
        webApp.MapMethods(WebAppManifest.SharePath, ReadMethods.GetAndHead, Share).AddEndpointFilter(limit);
        return app;
    }

    private static FileContentHttpResult Manifest(HttpResponse response, PaperResponses responses)
    {
        // Named in the reader's language: caches must keep one copy per language.
        response.Headers.Vary = HeaderNames.AcceptLanguage;
        response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Bytes(WebAppManifest.For(responses.Text), WebAppManifest.ContentType);
    }

    private static FileContentHttpResult Icon(HttpResponse response, WebAppManifest.AppIcon icon)
    {
        response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Bytes(icon.Png, "image/png");
    }

    /// <summary>
    /// A share from another app, opened as the URL prefix would open it: the ids in the link, the text and the title
    /// (one page, or the pages to choose from); else the site's search for the title; else a page that says so.
    /// </summary>
    private static IResult Share(HttpRequest request, PaperResponses responses, string? title, string? text, string? url)
    {
        var shared = SharedItem.From(title, text, url);
        if (shared.IsEmpty)
        {
            return PaperResponses.Problem(StatusCodes.Status400BadRequest, "Nothing shared", "Share a paper's link, or a text that names papers, with this app.");
        }

        var all = shared.All;
        var lookup = responses.Lookup.FindInForm(all);
        switch (lookup.Outcome)
        {
            case LookupOutcome.Found:
                return responses.ForPapers(request, lookup.Ids);
            case LookupOutcome.TooLong:
                return responses.FormTooLong();
        }

        var address = shared.Address;
        if (address is not null && responses.ForOwnAddress(request, address) is { } own)
        {
            return own;
        }

        var words = shared.SearchWords;
        if (words.Length == 0)
        {
            return responses.NoPaperFound(request, address ?? all);
        }

        // A page of a venue the site lists names its paper only by title; any other page's title is searched among arXiv's.
        var listed = address is not null && PaperIds.KnownSites.Classify(address).Kind == PaperIds.SiteKind.ListedVenue;
        return responses.RedirectTo(request, listed ? responses.Target.VenueSearchUrl(words) : responses.Target.SearchUrl(words));
    }
}
