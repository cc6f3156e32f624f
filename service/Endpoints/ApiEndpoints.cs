using Microsoft.AspNetCore.Http.HttpResults;
using Redirector.Redirects;

namespace Redirector.Endpoints;

public sealed record FoundId(string Source, string Id, string Url);

/// <param name="Url">The first page of <paramref name="Urls"/>: the whole answer when there is one page.</param>
/// <param name="Urls">Every page the ids need: arXiv and conference papers are on separate pages, and a page holds at most MaxIds.</param>
public sealed record IdsResponse(IReadOnlyList<FoundId> Ids, string? Url, IReadOnlyList<string> Urls);

/// <summary><c>GET /api/ids?q=</c>: the ids in a URL or text, for tools that want to know before they redirect.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapIdsApi(this IEndpointRouteBuilder app)
    {
        var limit = new Gateway.OwnAnswersLimit(app.ServiceProvider.GetRequiredService<Gateway.OwnAnswersRateLimiter>());
        app.MapGroup("/api").WithTags("API").MapMethods("/ids", ReadMethods.GetAndHead, GetIds).WithName("GetIds").AddEndpointFilter(limit);
        return app;
    }

    private static Results<Ok<IdsResponse>, ProblemHttpResult> GetIds(PaperResponses responses, string? q)
    {
        if (string.IsNullOrEmpty(q))
        {
            return PaperResponses.Problem(StatusCodes.Status400BadRequest, "Nothing to look up", "Give a URL, an id or some text in the 'q' parameter.");
        }

        var lookup = responses.Lookup.Find(q);
        switch (lookup.Outcome)
        {
            case LookupOutcome.TooLong:
                return responses.TooLong();
        }

        var target = responses.Target;
        var ids = lookup.Ids.Select(id => new FoundId(id.SourceName, id.ToString(), target.PaperUrl(id))).ToArray();
        var urls = target.PaperUrls(lookup.Ids, responses.Lookup.MaxIds);
        return TypedResults.Ok(new IdsResponse(ids, urls.FirstOrDefault(), urls));
    }
}
