using System.Buffers;
using System.Text;
using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.PaperIds;

namespace Redirector.Redirects;

/// <summary>
/// Builds every URL users are sent to. All of them start with the configured origin and are checked again before
/// they leave, so no input (hosts, <c>//evil</c>, <c>/\evil</c>, CR/LF, the request's Host header) can move a redirect elsewhere.
/// </summary>
public sealed class TargetSite
{
    private readonly Uri _origin;
    private readonly string _originText;
    private readonly string _originPrefix;

    public TargetSite(IOptions<RedirectorOptions> options)
    {
        if (!TargetOrigin.TryParse(options.Value.Target, out _origin, out var why))
        {
            throw new OptionsValidationException(RedirectorOptions.SectionName, typeof(RedirectorOptions), [why]);
        }

        // Uri keeps a trailing slash on a bare origin; paths are appended to the origin without it.
        _originText = _origin.GetLeftPart(UriPartial.Authority);
        _originPrefix = _originText + "/";
        _ownHosts = ["papers.cool", "www.papers.cool", _origin.IsDefaultPort ? _origin.Host : _origin.Authority];
    }

    public Uri Origin => _origin;

    /// <summary>The origin as URLs begin with it: scheme, host and port, no trailing slash.</summary>
    public string OriginText => _originText;

    /// <summary><c>/arxiv/…</c> or <c>/venue/…</c> for the ids; null when there are none.</summary>
    public string? PaperUrl(ReadOnlySpan<PaperId> ids)
    {
        var pathLength = SitePaths.Length(ids);
        if (pathLength == 0)
        {
            return null;
        }

        // Written once into one buffer: this is every redirect's only string.
        var length = _originText.Length + pathLength;
        char[]? rented = null;
        var url = length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(length));
        _originText.CopyTo(url);
        SitePaths.TryWrite(ids, url[_originText.Length..], out var written);
        var text = new string(url[..(_originText.Length + written)]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return text;
    }

    public string PaperUrl(PaperId id) => PaperUrl([id])!;

    /// <summary>Every page the ids need on the target (one per kind, at most <paramref name="perPage"/> ids each).</summary>
    public List<string> PaperUrls(ReadOnlySpan<PaperId> ids, int perPage) =>
        SitePaths.Pages(ids, perPage).ConvertAll(path => _originText + path);

    /// <summary>The same path and query on the target (a site page this service does not answer itself).</summary>
    public string SamePathUrl(PathString path, QueryString query) =>
        _originText + UnsafeCharacters.Escape(path.ToUriComponent()) + UnsafeCharacters.Escape(query.ToUriComponent());

    public string SearchUrl(string words)
    {
        var url = new StringBuilder(_originText).Append(ArxivSearchPath).Append("?highlight=1&query=");
        url.Append(Uri.EscapeDataString(words));
        return url.ToString();
    }

    public const string ArxivSearchPath = "/arxiv/search";

    /// <summary>The site's conference search for a paper's title.</summary>
    public string VenueSearchUrl(string title) => VenueSearchAction + "?query=" + Uri.EscapeDataString(title);

    public const string VenueSearchPath = "/venue/search";

    /// <summary>The site's search form for conference papers, where a title finds a paper whose id is unknown.</summary>
    public string VenueSearchAction => _originText + VenueSearchPath;

    /// <summary>The site's search form for arXiv papers.</summary>
    public string ArxivSearchAction => _originText + ArxivSearchPath;

    /// <summary>
    /// The path and query of an address on the site itself (<c>https://papers.cool/venue/ICML.2025</c>, also without
    /// the scheme, or on the configured origin), so that pasting one leads to the same page instead of a 404.
    /// </summary>
    public bool TryReadOwnAddress(string input, out string pathAndQuery)
    {
        if (!TryFindOwnAddress(input, out var rest))
        {
            pathAndQuery = string.Empty;
            return false;
        }

        pathAndQuery = rest.IsEmpty || rest[0] == '?' ? "/" + rest.ToString() : rest.ToString();
        return true;
    }

    /// <summary>Whether the input is an address on the site itself (<see cref="TryReadOwnAddress"/>), without allocating.</summary>
    public bool IsOwnAddress(ReadOnlySpan<char> input) => TryFindOwnAddress(input, out _);

    private bool TryFindOwnAddress(ReadOnlySpan<char> input, out ReadOnlySpan<char> pathAndQuery)
    {
        pathAndQuery = default;
        var address = input.Trim();
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme is > 0 and <= 5)
        {
            address = address[(scheme + 3)..];
        }

        foreach (var host in _ownHosts)
        {
            if (address.StartsWith(host, StringComparison.OrdinalIgnoreCase)
                && (address.Length == host.Length || address[host.Length] is '/' or '?'))
            {
                pathAndQuery = address[host.Length..];
                return true;
            }
        }

        return false;
    }

    /// <summary>The same path and query on the target, escaped for a Location header.</summary>
    public string OwnPathUrl(string pathAndQuery) => _originText + UnsafeCharacters.Escape(pathAndQuery);

    // The public site's names, and the configured origin's (a mirror or a door in front of it).
    private readonly string[] _ownHosts;

    /// <summary>
    /// The last check before a Location header. The configured origin followed by '/' ends the authority, so whatever
    /// follows is path; with only printable ASCII and no backslash (which some browsers read as a slash) and no
    /// space, nothing can make a browser read another host or another header from it.
    /// </summary>
    public bool IsOnTarget(string url) =>
        url.StartsWith(_originPrefix, StringComparison.Ordinal)
        && !url.AsSpan(_originPrefix.Length).ContainsAnyExcept(LocationCharacters);

    private static readonly System.Buffers.SearchValues<char> LocationCharacters = System.Buffers.SearchValues.Create(
        "!#$%&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~");
}
