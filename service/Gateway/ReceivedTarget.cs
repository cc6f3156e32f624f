using Redirector.Redirects;

namespace Redirector.Gateway;

/// <summary>
/// The request target as the client wrote it, for the site. The framework hands the door a decoded path, and
/// re-encoding that cannot tell an escaped slash from a real one (<c>%2F</c> became <c>%252F</c>) and drops other
/// escapes (<c>%41</c> became <c>A</c>). Dot segments are still resolved, the way the server resolved them for the
/// door, so the site is asked for the resource the door decided to forward.
/// </summary>
internal static class ReceivedTarget
{
    /// <summary>
    /// The raw target with dot segments resolved and only the characters a URL may not hold raw escaped (a space, a
    /// quote, a brace), or null when it is better left to the forwarder's own encoding: not a path (<c>*</c>, an
    /// absolute URL), or a reading that differs from the door's.
    /// </summary>
    internal static string? Resolve(string rawTarget, PathString doorPath)
    {
        if (!rawTarget.StartsWith('/'))
        {
            return null;
        }

        rawTarget = UnsafeCharacters.Escape(rawTarget);

        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var resolved = MayHaveDotSegments(path) ? RemoveDotSegments(path) : path;
        if (!SameResource(resolved, doorPath.Value ?? string.Empty))
        {
            return null;
        }

        return ReferenceEquals(resolved, path) ? rawTarget : resolved + rawTarget[path.Length..];
    }

    private static bool MayHaveDotSegments(string path) =>
        path.Contains("/.", StringComparison.Ordinal) || path.Contains("/%2e", StringComparison.OrdinalIgnoreCase);

    /// <summary>RFC 3986 section 5.2.4, segment by segment, with <c>%2E</c> read as a dot as the server reads it.</summary>
    private static string RemoveDotSegments(string path)
    {
        var segments = path.Split('/');
        var output = new List<string>(segments.Length);
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = Dots(segments[i]);
            if (segment == 0)
            {
                output.Add(segments[i]);
                continue;
            }

            if (segment == 2 && output.Count > 0)
            {
                output.RemoveAt(output.Count - 1);
            }

            // A dot segment at the end leaves the path ending in '/'.
            if (i == segments.Length - 1)
            {
                output.Add(string.Empty);
            }
        }

        return "/" + string.Join('/', output);
    }

    /// <summary>1 for ".", 2 for "..", 0 for any other segment.</summary>
    private static int Dots(string segment)
    {
        if (segment.Length is 0 or > 6)
        {
            return 0;
        }

        return segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase) switch
        {
            "." => 1,
            ".." => 2,
            _ => 0,
        };
    }

    /// <summary>
    /// The server decoded every escape but <c>%2F</c> before routing; decoding both fully compares them on equal terms.
    /// </summary>
    private static bool SameResource(string resolved, string doorPath) =>
        string.Equals(resolved, doorPath, StringComparison.Ordinal)
        || string.Equals(Uri.UnescapeDataString(resolved), Uri.UnescapeDataString(doorPath), StringComparison.Ordinal);
}
