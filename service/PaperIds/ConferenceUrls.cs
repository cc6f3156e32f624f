namespace Redirector.PaperIds;

/// <summary>
/// Reads the paper out of a URL on one of the conference sources (scheme already removed), or out of a DOI of a source's
/// registrant. Where each source lives is data (VenueFacts.PaperUrls, from grammar/venues.json); how its path is read is
/// the code below, one reader per source, and the generic <see cref="VenueReader.Segment"/> for a venue without quirks.
/// </summary>
internal static class ConferenceUrls
{
    internal static bool TryParse(ReadOnlySpan<char> url, out VenueId id)
    {
        if (url.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            url = url[4..];
        }

        foreach (var prefix in VenueFacts.PaperUrls)
        {
            if (TryStrip(url, prefix.Prefix, out var rest))
            {
                return TryRead(prefix, rest, out id);
            }
        }

        id = default;
        return false;
    }

    /// <summary>What follows a registrant's DOI prefix: <c>2023.acl-long.1</c> after <c>10.18653/v1/</c>.</summary>
    internal static bool TryParseDoi(VenuePrefix registrant, ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        return registrant.Reader switch
        {
            VenueReader.Acl => VenueId.TryAcl(TrimSentencePunctuation(rest), out id),
            VenueReader.Aaai => TryAaaiDoi(rest, out id),
            VenueReader.Segment => TrySegment(registrant.Source, rest, out id),
            _ => false,
        };
    }

    private static bool TryRead(VenuePrefix prefix, ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        return prefix.Reader switch
        {
            VenueReader.OpenReview => TryOpenReview(rest, out id),
            VenueReader.Acl => VenueId.TryAcl(AnthologyFile(rest), out id),
            VenueReader.Ijcai => TryIjcai(rest, out id),
            VenueReader.Pmlr => TryPmlr(rest, out id),
            VenueReader.Cvf => TryCvf(rest, out id),
            VenueReader.Aaai => TryAaai(rest, out id),
            VenueReader.Usenix => TryUsenix(rest, out id),
            VenueReader.Segment => TrySegment(prefix.Source, rest, out id),
            _ => false,
        };
    }

    // <key>, <key>/…, <key>.pdf, <key>.html?x: the first path segment, without a file type or a sentence's punctuation.
    private static bool TrySegment(VenueSource source, ReadOnlySpan<char> rest, out VenueId id)
    {
        var key = TrimSentencePunctuation(FileName(rest));
        var dot = key.LastIndexOf('.');
        if (dot >= 0 && dot < key.Length - 1 && !key[(dot + 1)..].ContainsAnyExcept(KeyChars.Letters))
        {
            key = key[..dot];
        }

        return VenueId.TrySegment(source, key, out id);
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

    /// <summary>
    /// The anthology id in <c>2023.acl-long.1/</c>, <c>2024.acl-long.800.pdf</c>, <c>P19-1001v2.pdf</c> (a version and a
    /// file type may follow), and the old site's <c>papers/N/N19/N19-1423/</c>.
    /// </summary>
    private static ReadOnlySpan<char> AnthologyFile(ReadOnlySpan<char> rest)
    {
        if (TryStrip(rest, "papers/", out var papers) && papers.Length > 6 && char.IsAsciiLetter(papers[0]) && papers[1] == '/'
            && char.IsAsciiLetter(papers[2]) && char.IsAsciiDigit(papers[3]) && char.IsAsciiDigit(papers[4]) && papers[5] == '/')
        {
            rest = papers[6..];
        }

        var file = TrimSentencePunctuation(FileName(rest));
        var dot = file.LastIndexOf('.');
        if (dot >= 0 && dot < file.Length - 1 && !file[(dot + 1)..].ContainsAnyExcept(KeyChars.Letters))
        {
            file = file[..dot];
        }

        var version = file.LastIndexOf('v');
        if (version > 0 && version < file.Length - 1 && !file[(version + 1)..].ContainsAnyExcept(KeyChars.Digits))
        {
            file = file[..version];
        }

        return file;
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
        var after = digits < 0 ? default : paper[digits..];
        paper = digits < 0 ? paper : paper[..digits];
        if (after.StartsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            after = after[4..];
        }

        return paper.Length is > 0 and <= VenueFacts.Ijcai.MaxPaperDigits && EndsPath(after)
            && VenueId.TryIjcai(int.Parse(rest[..4], provider: null), int.Parse(paper, provider: null), out id);
    }

    // v202/chen23a.html, v202/chen23a/chen23a.pdf, v202/chen23a/chen23a-supp.pdf
    private static bool TryPmlr(ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        var slash = rest.IndexOf('/');
        if (slash is < 2 or > 5 || rest[0] is not ('v' or 'V') || rest[1..slash].ContainsAnyExcept(KeyChars.Digits))
        {
            return false;
        }

        var key = WithoutExtension(TrimSentencePunctuation(FileName(rest[(slash + 1)..])), ".html");
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

    // CVPR2024/html/<Stem>_CVPR_2024_paper.html, CVPR2024/papers/<Stem>_CVPR_2024_paper.pdf and the supplement,
    // CVPR2024/supplemental/<Stem>_CVPR_2024_supplemental.pdf. The file name repeats the folder's conference and year;
    // a file that contradicts its folder is not trusted. Workshop folders (CVPR2024W) have no known site id.
    private static bool TryCvf(ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        var slash = rest.IndexOf('/');
        if (slash != CvfFolderLength || rest[..4].ContainsAnyExcept(KeyChars.Letters) || rest[4..slash].ContainsAnyExcept(KeyChars.Digits))
        {
            return false;
        }

        var conference = rest[..4];
        var year = rest[4..slash];
        rest = rest[(slash + 1)..];
        string kind;
        if (TryStrip(rest, "html/", out var file) || TryStrip(rest, "papers/", out file))
        {
            kind = "_paper";
        }
        else if (TryStrip(rest, "supplemental/", out file))
        {
            kind = "_supplemental";
        }
        else
        {
            return false;
        }

        var stem = TrimSentencePunctuation(FileName(file));
        var dot = stem.LastIndexOf('.');
        if (dot < 0 || dot == stem.Length - 1 || stem[(dot + 1)..].ContainsAnyExcept(KeyChars.Letters))
        {
            return false;
        }

        stem = stem[..dot];
        if (!TryStripSuffix(ref stem, kind) || !TryStripSuffix(ref stem, year) || !TryStripSuffix(ref stem, "_")
            || !TryStripSuffix(ref stem, conference) || !TryStripSuffix(ref stem, "_"))
        {
            return false;
        }

        return VenueId.TryCvf(stem, conference, int.Parse(year, provider: null), out id);
    }

    private const int CvfFolderLength = 8;

    // view/<n>, view/<n>/<galley>, download/<n>/<galley>: the galley is one file of the article.
    private static bool TryAaai(ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        return (TryStrip(rest, "view/", out var number) || TryStrip(rest, "download/", out number))
            && TryLeadingNumber(number, out var article)
            && VenueId.TryAaai(article, out id);
    }

    /// <summary>What follows <c>10.1609/aaai.v</c> in an AAAI DOI: <c>38i16.29720</c>, volume, issue, then the article; the <c>i</c> in either case, as the rest of a DOI.</summary>
    internal static bool TryAaaiDoi(ReadOnlySpan<char> volumeIssueArticle, out VenueId id)
    {
        id = default;
        var issue = volumeIssueArticle.IndexOfAny('i', 'I');
        var dot = volumeIssueArticle.IndexOf('.');
        if (issue < 1 || dot < issue + 2
            || volumeIssueArticle[..issue].ContainsAnyExcept(KeyChars.Digits)
            || volumeIssueArticle[(issue + 1)..dot].ContainsAnyExcept(KeyChars.Digits))
        {
            return false;
        }

        return TryLeadingNumber(volumeIssueArticle[(dot + 1)..], out var article) && VenueId.TryAaai(article, out id);
    }

    // <conference><yy>/presentation/<name>
    private static bool TryUsenix(ReadOnlySpan<char> rest, out VenueId id)
    {
        id = default;
        var slash = rest.IndexOf('/');
        if (slash < 3)
        {
            return false;
        }

        var conference = rest[..slash];
        var year = conference[^2..];
        conference = conference[..^2];
        if (year.ContainsAnyExcept(KeyChars.Digits) || conference.ContainsAnyExcept(KeyChars.Letters)
            || !TryStrip(rest[(slash + 1)..], "presentation/", out var presentation))
        {
            return false;
        }

        return VenueId.TryUsenix(TrimSentencePunctuation(FileName(presentation)), conference, int.Parse(year, provider: null), out id);
    }

    /// <summary>
    /// A number that ends its path segment: <c>36963</c>, <c>36963/29991</c>, <c>36963?x</c>, or <c>36963.</c> at the end
    /// of a sentence. Leading zeros are dropped; more than nine digits is no article number.
    /// </summary>
    private static bool TryLeadingNumber(ReadOnlySpan<char> text, out int number)
    {
        number = 0;
        var end = text.IndexOfAnyExcept(KeyChars.Digits);
        var digits = (end < 0 ? text : text[..end]).TrimStart('0');
        var after = end < 0 ? default : text[end..];
        return end != 0 && EndsPath(after) && digits.Length is > 0 and <= 9 && int.TryParse(digits, System.Globalization.NumberStyles.None, null, out number);
    }

    /// <summary>
    /// True when what follows a path segment's last part ends the segment: nothing, or a sentence's punctuation, before
    /// the rest of the URL (<c>/</c>, <c>?</c>, <c>#</c>) or the end.
    /// </summary>
    private static bool EndsPath(ReadOnlySpan<char> after) => TrimSentencePunctuation(FileName(after)).IsEmpty;

    private static bool TryStripSuffix(ref ReadOnlySpan<char> text, ReadOnlySpan<char> suffix)
    {
        if (text.Length <= suffix.Length || !text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        text = text[..^suffix.Length];
        return true;
    }

    /// <summary>A path segment without query or fragment.</summary>
    private static ReadOnlySpan<char> FileName(ReadOnlySpan<char> path)
    {
        var end = path.IndexOfAny('/', '?', '#');
        return end < 0 ? path : path[..end];
    }

    private static bool TryStrip(ReadOnlySpan<char> url, string prefix, out ReadOnlySpan<char> rest)
    {
        var matches = url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        rest = matches ? url[prefix.Length..] : default;
        return matches;
    }

    private static ReadOnlySpan<char> WithoutExtension(ReadOnlySpan<char> file, string extension) =>
        file.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? file[..^extension.Length] : file;

    // A URL at the end of a sentence: "see <the paper's URL>." or "(<the paper's URL>)"
    internal static ReadOnlySpan<char> TrimSentencePunctuation(ReadOnlySpan<char> segment) => segment.TrimEnd(".,;:!?)]}'");
}
