using System.Buffers;
using Redirector.PaperIds;

namespace Redirector.Redirects;

/// <summary>
/// The answer nearly every request gets, written straight to the response: the papers an address names, all of one
/// kind and on one page of the site, and a 302 there. Nothing else is answered here. A page (no id, too many ids or
/// kinds), the site's own address, an input too long or a Location that fails its check is left to the paper endpoints
/// (<see cref="Endpoints.PaperEndpoints"/>), which run under request localisation, the exception handler and the status
/// code pages, and look again: one more grammar run on those rare paths, against none of that machinery on the common one.
/// </summary>
public sealed class PlainRedirects(TargetSite target, PaperLookup lookup, RedirectPolicy policy, ILoggerFactory loggers)
{
    private readonly ILogger _requests = loggers.CreateLogger(RequestLog.Category);

    /// <summary>
    /// Which paper endpoint routing gives a read's path to: a site section's (<c>/arxiv/…</c>, <c>/venue/…</c>, and the
    /// bare <c>/arxiv</c> and <c>/venue</c>, which their catch-alls match too), or the URL prefix's for any other path.
    /// Case aside, as routing compares paths.
    /// </summary>
    public static PaperRoute RouteOf(ReadOnlySpan<char> path) =>
        IsIn(path, SitePaths.ArxivPrefix) ? PaperRoute.ArxivSection
        : IsIn(path, SitePaths.VenuePrefix) ? PaperRoute.VenueSection
        : PaperRoute.UrlPrefix;

    private static bool IsIn(ReadOnlySpan<char> path, string sectionPrefix) =>
        path.StartsWith(sectionPrefix, StringComparison.OrdinalIgnoreCase)
        || path.Equals(sectionPrefix.AsSpan(0, sectionPrefix.Length - 1), StringComparison.OrdinalIgnoreCase);

    /// <summary>A read that routing gives to <paramref name="route"/>, answered as that endpoint would.</summary>
    public bool TryAnswer(HttpContext context, PaperRoute route) =>
        route == PaperRoute.UrlPrefix ? TryAnswerPrefix(context) : TryAnswerSitePath(context);

    /// <summary>The URL prefix, <c>/https://arxiv.org/abs/2401.12345v2</c>: the path and the query are the input.</summary>
    public bool TryAnswerPrefix(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value.AsSpan(1);
        var query = request.QueryString.Value.AsSpan();
        var length = path.Length + query.Length;
        if (length > lookup.MaxInputLength)
        {
            return false;
        }

        char[]? rented = null;
        var input = length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(length));
        path.CopyTo(input);
        query.CopyTo(input[path.Length..]);
        input = input[..length];
        var answered = !target.IsOwnAddress(input) && TryRedirect(context, input, canonicalPath: default);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return answered;
    }

    /// <summary>
    /// The site's own paper paths, <c>/arxiv/arXiv:2401.12345v2</c>: a path that names papers goes to their canonical
    /// page, and an already canonical one to the same path and query on the target, as in redirect mode the site's
    /// other pages do.
    /// </summary>
    public bool TryAnswerSitePath(HttpContext context)
    {
        var path = context.Request.Path.Value.AsSpan();
        var rest = SitePathInput.Rest(path);

        // A URL after the section takes the query as part of the input: rare, left to the full handler.
        return !SitePathInput.LooksLikeUrl(rest) && rest.Length <= lookup.MaxInputLength && TryRedirect(context, rest, path);
    }

    private bool TryRedirect(HttpContext context, ReadOnlySpan<char> input, ReadOnlySpan<char> canonicalPath)
    {
        using var found = new FoundIds(lookup.MaxIds);
        found.Extract(input, out var overflow);
        var ids = found.Ids;
        if (ids.IsEmpty || overflow)
        {
            return false;
        }

        string? url;
        if (!canonicalPath.IsEmpty && IsPathFor(ids, canonicalPath))
        {
            url = target.SamePathUrl(context.Request.Path, context.Request.QueryString);
        }
        else if (OneKind(ids))
        {
            url = target.PaperUrl(ids);
        }
        else
        {
            return false;
        }

        if (url is null || !target.IsOnTarget(url))
        {
            return false;
        }

        RequestLog.Redirected(_requests, context.Request.Path, url);
        CacheableRedirect.Write(context.Response, url, policy);
        return true;
    }

    private static bool IsPathFor(ReadOnlySpan<PaperId> ids, ReadOnlySpan<char> path)
    {
        if (SitePaths.Length(ids) != path.Length)
        {
            return false;
        }

        char[]? rented = null;
        var canonical = path.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(path.Length));
        var same = SitePaths.TryWrite(ids, canonical, out var written) && canonical[..written].SequenceEqual(path);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return same;
    }

    internal static bool OneKind(ReadOnlySpan<PaperId> ids)
    {
        foreach (var id in ids)
        {
            if (id.Kind != ids[0].Kind)
            {
                return false;
            }
        }

        return true;
    }
}
