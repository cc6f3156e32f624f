using Microsoft.AspNetCore.Http.Features;
using Redirector.Gateway;
using Redirector.Pages;
using Redirector.Redirects;

namespace Redirector.Endpoints;

/// <summary>The landing page and its form. <c>/redirector</c> always; <c>/</c> too unless a site is proxied there.</summary>
public static class LandingEndpoints
{
    // Form text is UTF-8 and URL-encoded on the way: a character may take up to 12 bytes ("%E6%B2%A1").
    private const int MaxBytesPerCharacter = 12;

    public static IEndpointRouteBuilder MapLanding(this IEndpointRouteBuilder app, bool atRoot)
    {
        var landing = app.MapGroup(string.Empty).WithTags("Landing");
        var limit = new OwnAnswersLimit(app.ServiceProvider.GetRequiredService<OwnAnswersRateLimiter>());
        landing.MapMethods(LandingPage.Path, ReadMethods.GetAndHead, Landing).AddEndpointFilter(limit);
        if (atRoot)
        {
            landing.MapMethods("/", ReadMethods.GetAndHead, Landing).AddEndpointFilter(limit);
            landing.MapMethods("/favicon.ico", ReadMethods.GetAndHead, Icon);
        }

        landing.MapMethods(PageIcon.Path, ReadMethods.GetAndHead, Icon);
        landing.MapMethods(LandingPage.GoPath, ReadMethods.GetAndHead, Go).AddEndpointFilter(limit);
        landing.MapPost(LandingPage.GoPath, GoFromForm).AddEndpointFilter(limit);
        return app;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Landing(HttpContext context, PaperResponses responses)
    {
        var origin = HtmlPage.Encoder.Encode(responses.Target.OriginText);
        var (script, policy) = LandingPage.ScriptFor(responses.Text, responses.Target.OriginText);
        context.Response.Headers.ContentSecurityPolicy = policy;
        context.Response.Headers.Vary = "Accept-Language";
        return TypedResults.Content(LandingPage.Render(responses.Text, origin, responses.Lookup.MaxIds, script), "text/html; charset=utf-8");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Icon() => TypedResults.Bytes(PageIcon.Png, "image/png");

    /// <summary>The same as typing the input after the service's address.</summary>
    private static IResult Go(HttpRequest request, PaperResponses responses, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return NothingToLookUp();
        }

        return responses.ForOwnAddress(request, q) ?? responses.ForLookup(request, responses.Lookup.Find(q), q);
    }

    /// <summary>The landing page's form: a whole pasted text, such as a reference list, up to MaxFormLength characters.</summary>
    private static async Task<IResult> GoFromForm(HttpContext context, PaperResponses responses)
    {
        var request = context.Request;
        var limit = responses.Lookup.MaxFormLength;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // Stop reading a body far beyond what the box takes, rather than buffering it to find out.
            size.MaxRequestBodySize = ((long)limit * MaxBytesPerCharacter) + 1024;
        }

        // The landing page's form sends URL-encoded text; anything else (multipart among it) is not this form.
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return PaperResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "Not a form", "Send the text as the landing page's form does (application/x-www-form-urlencoded, field 'q').");
        }

        string? q;
        try
        {
            // Read as the address's query is read, not with the form reader: that one refuses a text holding a NUL
            // with the same exception as a form over its limits, and the same text after the address is a plain 404.
            using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            q = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body).TryGetValue("q", out var value) ? value.ToString() : null;
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return responses.FormTooLong();
        }
        catch (Exception exception) when (exception is BadHttpRequestException or IOException)
        {
            // A body that stopped arriving (408) or a client that went away: its fault, said as such, never a 500.
            var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            return PaperResponses.Problem(status, "Form not read", "The form's text did not arrive whole.");
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return NothingToLookUp();
        }

        if (q.Length > limit)
        {
            return responses.FormTooLong();
        }

        return responses.ForOwnAddress(request, q) ?? responses.ForLookup(request, responses.Lookup.FindInForm(q), q);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NothingToLookUp() =>
        PaperResponses.Problem(StatusCodes.Status400BadRequest, "Nothing to look up", "Give a URL, an id or some text in the 'q' parameter.");
}
