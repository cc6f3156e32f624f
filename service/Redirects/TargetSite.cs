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
    }

    public Uri Origin => _origin;

    /// <summary><c>/arxiv/…</c> or <c>/venue/…</c> for the ids; null when there are none.</summary>
    public string? PaperUrl(ReadOnlySpan<PaperId> ids)
    {
        var path = SitePaths.For(ids);
        return path is null ? null : _originText + path;
    }

    public string PaperUrl(PaperId id) => PaperUrl([id])!;

    /// <summary>The same path and query on the target (a site page this service does not answer itself).</summary>
    public string SamePathUrl(PathString path, QueryString query) =>
        _originText + UnsafeCharacters.Escape(path.ToUriComponent()) + UnsafeCharacters.Escape(query.ToUriComponent());

    public string SearchUrl(string words)
    {
        var url = new StringBuilder(_originText).Append("/arxiv/search?highlight=1&query=");
        url.Append(Uri.EscapeDataString(words));
        return url.ToString();
    }

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
