namespace Redirector.PaperIds;

/// <summary>Reads the paper out of a URL on OpenReview, the ACL Anthology, IJCAI or PMLR (scheme already removed).</summary>
internal static class ConferenceUrls
{
    internal static bool TryParse(ReadOnlySpan<char> url, out VenueId id)
    {
        if (url.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            url = url[4..];
        }

        if (TryStrip(url, "openreview.net/", out var rest))
        {
            return TryOpenReview(rest, out id);
        }

        if (TryStrip(url, "aclanthology.org/", out rest) || TryStrip(url, "aclweb.org/anthology/", out rest))
        {
            return VenueId.TryAcl(TrimSentencePunctuation(FirstSegment(rest, ".pdf")), out id);
        }

        if (TryStrip(url, "ijcai.org/proceedings/", out rest))
        {
            return TryIjcai(rest, out id);
        }

        if (TryStrip(url, "proceedings.mlr.press/", out rest))
        {
            return TryPmlr(rest, out id);
        }

        id = default;
        return false;
    }

    // forum?id=X, pdf?id=X, attachment?id=X; parameters in any order; noteId and friends are not the paper.
    private static bool TryOpenReview(ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        var question = rest.IndexOf('?');
        if (question < 0)
        {
            return false;
        }

        var page = rest[..question].TrimEnd('/');
        if (!page.Equals("forum", StringComparison.OrdinalIgnoreCase)
            && !page.Equals("pdf", StringComparison.OrdinalIgnoreCase)
            && !page.Equals("attachment", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var query = rest[(question + 1)..];
        var hash = query.IndexOf('#');
        if (hash >= 0)
        {
            query = query[..hash];
        }

        foreach (var range in query.Split('&'))
        {
            var parameter = query[range];
            if (parameter.StartsWith("id="))
            {
                var value = parameter[3..];
                var end = value.IndexOfAnyExcept(KeyChars.OpenReview);
                return VenueId.TryOpenReview(end < 0 ? value : value[..end], out id);
            }
        }

        return false;
    }

    // proceedings/2023/0123 or proceedings/2023/0123.pdf
    private static bool TryIjcai(ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        if (rest.Length < 6 || rest[4] != '/' || rest[..4].ContainsAnyExcept(KeyChars.Digits))
        {
            return false;
        }

        var paper = rest[5..];
        var digits = paper.IndexOfAnyExcept(KeyChars.Digits);
        if (digits >= 0)
        {
            paper = paper[..digits];
        }

        return paper.Length is > 0 and <= 5
            && VenueId.TryIjcai(int.Parse(rest[..4], provider: null), int.Parse(paper, provider: null), out id);
    }

    // v202/chen23a.html, v202/chen23a/chen23a.pdf, v202/chen23a/chen23a-supp.pdf
    private static bool TryPmlr(ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        var slash = rest.IndexOf('/');
        if (slash is < 2 or > 5 || rest[0] != 'v' || rest[1..slash].ContainsAnyExcept(KeyChars.Digits))
        {
            return false;
        }

        var key = FirstSegment(rest[(slash + 1)..], ".html");
        var dot = key.IndexOf('.');
        if (dot >= 0)
        {
            key = key[..dot];
        }

        if (key.EndsWith("-supp", StringComparison.Ordinal))
        {
            key = key[..^5];
        }

        return VenueId.TryPmlr(int.Parse(rest[1..slash], provider: null), key, out id);
    }

    private static bool TryStrip(ReadOnlySpan<char> url, string prefix, out ReadOnlySpan<char> rest)
    {
        var matches = url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        rest = matches ? url[prefix.Length..] : default;
        return matches;
    }

    /// <summary>The first path segment, without query, fragment and the given file extension.</summary>
    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> path, string extension)
    {
        var end = path.IndexOfAny('/', '?', '#');
        var segment = end < 0 ? path : path[..end];
        return segment.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? segment[..^extension.Length] : segment;
    }

    // A URL at the end of a sentence: "see https://aclanthology.org/2023.acl-long.1."
    internal static ReadOnlySpan<char> TrimSentencePunctuation(ReadOnlySpan<char> segment) => segment.TrimEnd(".,;:!?)]}'");
}
