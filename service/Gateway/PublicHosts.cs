using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Redirector.Configuration;

namespace Redirector.Gateway;

/// <summary>
/// The host names the door answers for (the host of <c>Redirector:Target</c> and <c>Redirector:AllowedHosts</c>), and
/// the <c>X-Forwarded-Host</c> the site is told. The site builds links from that header and caches may key pages on
/// it, so nothing in it is the client's choice: the name was admitted by host filtering and is lower-cased, and the
/// port is the Target's, whatever port the client wrote.
/// </summary>
public sealed class PublicHosts
{
    private readonly string _targetName;
    private readonly string _targetAuthority;
    private readonly string _portSuffix;
    private readonly StringSegment[] _patterns;

    public PublicHosts(IOptions<RedirectorOptions> options)
    {
        if (!TargetOrigin.TryParse(options.Value.Target, out var origin, out var why))
        {
            throw new OptionsValidationException(RedirectorOptions.SectionName, typeof(RedirectorOptions), [why]);
        }

        // Punycode, as clients send it in Host: a header value must be ASCII.
        _targetName = origin.HostNameType == UriHostNameType.IPv6 ? $"[{origin.IdnHost}]" : origin.IdnHost;
        _portSuffix = origin.IsDefaultPort ? string.Empty : FormattableString.Invariant($":{origin.Port}");
        _targetAuthority = _targetName + _portSuffix;
        // Host filtering compares in punycode too; the same spelling here keeps both reading a listed name alike.
        // Lower-cased first: without culture data (service/Globalization.props) the punycode conversion keeps capitals
        // in non-ASCII labels, and BÜCHER would become a name no browser sends.
        Names = [_targetName, .. options.Value.AllowedHosts.Select(name => new HostString(name.ToLowerInvariant()).ToUriComponent())];
        _patterns = [.. Names.Select(name => new StringSegment(name))];
    }

    /// <summary>What host filtering admits: names only, any port.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The request's host name when it is one of <see cref="Names"/>, otherwise the Target's (requests that skip host
    /// filtering, such as a probe's path, must not smuggle a host through either), always with the Target's port.
    /// </summary>
    public string ForwardedHost(HostString requestHost)
    {
        // In punycode, as the client sent it and as the names are kept: a request's Host comes decoded to Unicode.
        var name = new HostString(requestHost.ToUriComponent()).Host;
        if (string.IsNullOrEmpty(name) || string.Equals(name, _targetName, StringComparison.OrdinalIgnoreCase)
            || !HostString.MatchesAny(name, _patterns))
        {
            return _targetAuthority;
        }

        return name.ToLowerInvariant() + _portSuffix;
    }
}
