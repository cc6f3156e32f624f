namespace Redirector.Configuration;

/// <summary>An http(s) origin: scheme, host and optional port, nothing else.</summary>
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

        origin = new Uri(uri.GetLeftPart(UriPartial.Authority), UriKind.Absolute);
        why = string.Empty;
        return true;
    }
}
