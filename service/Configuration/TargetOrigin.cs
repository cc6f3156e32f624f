namespace Redirector.Configuration;

/// <summary>
/// An http(s) origin: scheme, host and optional port, nothing else, written as it goes into a Location header, which
/// must be ASCII: an internationalised host name (<c>bücher.example</c>) in punycode (<c>xn--bcher-kva.example</c>), as
/// browsers send and resolve it.
/// </summary>
public static class TargetOrigin
{
    public static bool TryParse(string? value, out Uri origin, out string why)
    {
        origin = null!;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri))
        {
            why = "it must be an absolute URL.";
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            why = "the scheme must be http or https.";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            why = "it must be an origin only, with no user name, path, query or fragment.";
            return false;
        }

        if (!TryWriteAscii(uri, out var text))
        {
            why = "the host must be a name a browser can send: ASCII, or an internationalised name that converts to punycode.";
            return false;
        }

        origin = new Uri(text, UriKind.Absolute);
        why = string.Empty;
        return true;
    }

    private static bool TryWriteAscii(Uri uri, out string origin)
    {
        origin = uri.GetLeftPart(UriPartial.Authority);
        if (!System.Text.Ascii.IsValid(origin) && uri.HostNameType == UriHostNameType.Dns)
        {
            try
            {
                origin = new UriBuilder(uri) { Host = uri.IdnHost }.Uri.GetLeftPart(UriPartial.Authority);
            }
            catch (UriFormatException)
            {
                return false;
            }
        }

        // Printable ASCII only: what reaches a Location header and a page's script must not need escaping.
        return !origin.AsSpan().ContainsAnyExceptInRange('!', '~');
    }
}
