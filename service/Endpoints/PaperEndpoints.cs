// service/Endpoints: the addresses the service maps: paper routes (here), landing page and form, /api/ids, the web app.
using Redirector.PaperIds;
using Redirector.Redirects;

namespace Redirector.Endpoints;

/// <summary>
/// The redirect contract: the site's own paper paths (<c>/arxiv/…</c>, <c>/venue/…</c>) and the URL prefix
/// (<c>/&lt;anything&gt;</c>), which takes the embedded URL's query string as part of the input.
/// </summary>
public static class PaperEndpoints
{
    internal const string ArxivPathName = "ArxivPath";
    internal const string VenuePathName = "VenuePath";
    internal const string UrlPrefixName = "UrlPrefix";

    public static IEndpointRouteBuilder MapPaperRedirects(this IEndpointRouteBuilder app)
    {
        // The singletons are taken once here: a handler that asked for them per request would open a DI scope for each.
        var responses = app.ServiceProvider.GetRequiredService<PaperResponses>();
        var site = app.ServiceProvider.GetRequiredService<ISitePages>();
        RequestDelegate sitePath = context => SitePath(context, responses, site).ExecuteAsync(context);
        var sources = app.DataSources.ToList();
        var papers = app.MapGroup(string.Empty).WithTags("Redirects");

        // The group's own data source, so that the early path can name the endpoint routing would have chosen by
        // building these three alone, not every endpoint of the service, on the first redirect (PlainRedirectsFirst).
        app.ServiceProvider.GetRequiredService<PaperEndpointSource>().Source = app.DataSources.Except(sources).Single();
        papers.MapMethods("/arxiv/{**rest}", ReadMethods.GetAndHead, sitePath).WithName(ArxivPathName);
        papers.MapMethods("/venue/{**rest}", ReadMethods.GetAndHead, sitePath).WithName(VenuePathName);
        papers.MapMethods("/{**input}", ReadMethods.GetAndHead, context => Prefix(context, responses, site).ExecuteAsync(context)).WithName(UrlPrefixName);
        return app;
    }

    /// <summary><c>/https://arxiv.org/abs/2401.12345v2</c>, <c>/arXiv:2401.12345</c>, <c>/2401.12345,2312.00001</c>.</summary>
    internal static IResult Prefix(HttpContext context, PaperResponses responses, ISitePages site)
    {
        var request = context.Request;
        var input = request.Path.Value.AsSpan(1).ToString() + request.QueryString.Value;
        var own = responses.ForOwnAddress(request, input);
        if (own is not null)
        {
            return own;
        }

        var lookup = responses.Lookup.Find(input);
        return lookup.Outcome == LookupOutcome.Found
            ? responses.ForLookup(request, lookup, input)
            : site.Unanswered(context, lookup, input);
    }

    /// <summary>
    /// <c>/arxiv/arXiv:2401.12345v2</c> is normalised; <c>/arxiv/2401.12345</c> and pages such as <c>/arxiv/cs.AI</c>
    /// or <c>/arxiv/search?query=…</c> belong to the site and pass through with their query.
    /// </summary>
    internal static IResult SitePath(HttpContext context, PaperResponses responses, ISitePages site)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        var rest = SitePathInput.Rest(path).ToString();

        // The query is the site's own (search, feeds) unless the rest of the path is itself a URL.
        var input = SitePathInput.LooksLikeUrl(rest) ? rest + request.QueryString.Value : rest;
        var lookup = responses.Lookup.Find(input);
        switch (lookup.Outcome)
        {
            case LookupOutcome.Found:
                var canonical = SitePaths.For(lookup.Ids)!;
                return string.Equals(canonical, path, StringComparison.Ordinal) && lookup.Ids.Length <= responses.Lookup.MaxIds
                    ? site.PassThrough(context)
                    : responses.ForPapers(request, lookup.Ids);
            default:
                return site.PassThrough(context);
        }
    }
}
