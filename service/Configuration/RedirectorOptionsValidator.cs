using Microsoft.Extensions.Options;

namespace Redirector.Configuration;

/// <summary>Fails start-up with a message that says which setting is wrong and what it should look like.</summary>
public sealed class RedirectorOptionsValidator : IValidateOptions<RedirectorOptions>
{
    public ValidateOptionsResult Validate(string? name, RedirectorOptions options)
    {
        var failures = new List<string>();
        if (!TargetOrigin.TryParse(options.Target, out _, out var why))
        {
            failures.Add($"Redirector:Target '{options.Target}' is not usable: {why} Example: https://papers.cool");
        }

        if (options.MaxInputLength is < 256 or > 65_536)
        {
            failures.Add($"Redirector:MaxInputLength must be between 256 and 65536 (was {options.MaxInputLength}).");
        }

        // The form's text is read whole and every id in it kept: the upper bound keeps one request's work bounded.
        if (options.MaxFormLength is < 4096 or > 262_144)
        {
            failures.Add($"Redirector:MaxFormLength must be between 4096 and 262144 (was {options.MaxFormLength}).");
        }

        if (options.MaxIds is < 1 or > 1000)
        {
            failures.Add($"Redirector:MaxIds must be between 1 and 1000 (was {options.MaxIds}).");
        }

        if (options.IsGateway)
        {
            ValidateGateway(options, failures);
        }

        foreach (var proxy in options.TrustedProxies)
        {
            if (!System.Net.IPAddress.TryParse(proxy, out _) && !System.Net.IPNetwork.TryParse(proxy, out _))
            {
                failures.Add($"Redirector:TrustedProxies entry '{proxy}' is neither an IP address nor a CIDR network such as 10.0.0.0/8.");
            }
        }

        foreach (var host in options.AllowedHosts)
        {
            if (!IsHostName(host))
            {
                failures.Add($"Redirector:AllowedHosts entry '{host}' must be a host name without scheme, port or path, such as www.papers.cool or *.papers.cool; '*' alone would let any client choose the host the site sees.");
            }
        }

        foreach (var header in options.ClientAddressHeaders)
        {
            if (!IsHeaderName(header))
            {
                failures.Add($"Redirector:ClientAddressHeaders entry '{header}' must be a header name alone, such as X-Our-Cdn-Client-IP (letters, digits and -_ only).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHeaderName(string entry) =>
        entry.Length > 0 && !entry.AsSpan().ContainsAnyExcept(HeaderNameCharacters);

    private static readonly System.Buffers.SearchValues<char> HeaderNameCharacters =
        System.Buffers.SearchValues.Create("-_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsHostName(string entry)
    {
        var name = entry.StartsWith("*.", StringComparison.Ordinal) ? entry[2..] : entry;
        return Uri.CheckHostName(name) != UriHostNameType.Unknown;
    }

    private static void ValidateGateway(RedirectorOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.Upstream, UriKind.Absolute, out var upstream)
            || (upstream.Scheme != Uri.UriSchemeHttp && upstream.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(upstream.UserInfo) || !string.IsNullOrEmpty(upstream.Query) || !string.IsNullOrEmpty(upstream.Fragment))
        {
            failures.Add($"Redirector:Upstream '{options.Upstream}' must be an absolute http or https URL without user name, query or fragment. Example: http://127.0.0.1:8080");
        }

        if (options.UpstreamTimeout <= TimeSpan.Zero || options.UpstreamTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Redirector:UpstreamTimeout must be more than 0 and at most 00:10:00 (was {options.UpstreamTimeout}).");
        }

        if (options.UpstreamConnectTimeout <= TimeSpan.Zero || options.UpstreamConnectTimeout > TimeSpan.FromMinutes(1))
        {
            failures.Add($"Redirector:UpstreamConnectTimeout must be more than 0 and at most 00:01:00 (was {options.UpstreamConnectTimeout}).");
        }

        if (!options.UpstreamHealthPath.StartsWith('/'))
        {
            failures.Add($"Redirector:UpstreamHealthPath must start with '/' (was '{options.UpstreamHealthPath}').");
        }

        if (options.RateLimit.Burst < 1 || options.RateLimit.PerSecond < 1)
        {
            failures.Add("Redirector:RateLimit:Burst and Redirector:RateLimit:PerSecond must be at least 1 (set Redirector:RateLimit:Enabled to false to turn it off).");
        }

        // Shorter than a /32, which is what a whole provider is given, one bucket would be shared by strangers.
        if (options.RateLimit.Ipv6PrefixLength is < 32 or > 128)
        {
            failures.Add($"Redirector:RateLimit:Ipv6PrefixLength must be between 32 and 128 (was {options.RateLimit.Ipv6PrefixLength}); 64, one site's network, is the default.");
        }
    }
}
