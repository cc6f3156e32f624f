// service/PaperIds: the id grammar, its own project with no web dependency: arXiv and venue ids, extraction, site paths;
// the facts it shares with the extension are generated from grammar/venues.json (VenueFacts.g.cs).
namespace Redirector.PaperIds;

/// <summary>
/// The lenient entry point: finds every paper id in a URL or in free text, canonical, in order of appearance,
/// without duplicates. (The strict one, for exactly one arXiv id, is <see cref="ArxivId.TryParse(ReadOnlySpan{char}, out ArxivId, out ArxivIdError)"/>.)
/// Never throws. Plain ASCII input without percent-escapes is read in place without allocating.
/// </summary>
public static class PaperIdExtractor
{
    private const int StackCapacityLimit = 256;

    // Each is part of every match of PaperIdPatterns.ConferenceUrl: both are generated from grammar/venues.json.
    private static readonly System.Buffers.SearchValues<string> ConferenceHosts =
        System.Buffers.SearchValues.Create(VenueFacts.ConferenceHosts, StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the ids found into <paramref name="destination"/> and returns how many were written.</summary>
    /// <param name="overflow">True when more distinct ids were found than <paramref name="destination"/> holds.</param>
    public static int Extract(ReadOnlySpan<char> input, Span<PaperId> destination, out bool overflow) =>
        Extract(input, destination, out overflow, out _);

    /// <param name="steps">
    /// The work done besides the patterns' own scans, which are linear: ids compared and moved, characters read again.
    /// For tests, which check that it grows with the input and not faster.
    /// </param>
    internal static int Extract(ReadOnlySpan<char> input, Span<PaperId> destination, out bool overflow, out long steps)
    {
        var cleaned = TextCleanup.Clean(input);
        var text = cleaned is null ? input : cleaned.AsSpan();
        var slots = HitList.SlotsFor(destination.Length);
        var onStack = destination.Length <= StackCapacityLimit;
        var hits = new HitList(
            destination,
            onStack ? stackalloc long[destination.Length] : new long[destination.Length],
            onStack ? stackalloc int[slots] : new int[slots]);

        var doiSteps = FindNewStyle(text, ref hits);
        doiSteps += FindOldStyle(text, ref hits);
        FindPaperDois(text, ref hits);
        FindConferenceUrls(text, ref hits);
        FindSiteVenueIds(text, ref hits);
        hits.Finish();

        overflow = hits.Overflow;
        steps = hits.Steps + doiSteps;
        return hits.Count;
    }

    /// <summary>Convenience form for callers that do not mind one small array.</summary>
    public static PaperId[] Extract(ReadOnlySpan<char> input, int maxIds, out bool overflow)
    {
        var buffer = new PaperId[maxIds];
        var count = Extract(input, buffer, out overflow);
        return count == buffer.Length ? buffer : buffer[..count];
    }

    /// <returns>The characters read to tell ids from parts of DOIs.</returns>
    private static long FindNewStyle(ReadOnlySpan<char> text, ref HitList hits)
    {
        var foreignDois = new ForeignDois(text);
        foreach (var match in PaperIdPatterns.NewStyle().EnumerateMatches(text))
        {
            if (StartsCleanly(text, match.Index)
                && ArxivId.TryParse(text.Slice(match.Index, match.Length), out var id, out _)
                && !foreignDois.Contains(match.Index))
            {
                hits.Add(match.Index, PaperId.From(id));
            }
        }

        return foreignDois.Steps;
    }

    /// <returns>The characters read to tell ids from parts of DOIs.</returns>
    private static long FindOldStyle(ReadOnlySpan<char> text, ref HitList hits)
    {
        if (!HasSlashBeforeSevenDigits(text))
        {
            return 0;
        }

        var foreignDois = new ForeignDois(text);

        foreach (var match in PaperIdPatterns.OldStyle().EnumerateMatches(text))
        {
            var index = match.Index;
            var candidate = text.Slice(index, match.Length);
            if (!ArxivId.TryParse(candidate, out var id, out _))
            {
                // "arXiv.cs/0112017": the pattern took "arXiv" for the archive and "cs" for a subject class, and its
                // match hides the two-letter archive behind the dot.
                var dot = candidate.IndexOf('.');
                if (dot < 0 || !ArxivId.TryParse(candidate[(dot + 1)..], out id, out _))
                {
                    continue;
                }

                index += dot + 1;
            }

            if (!foreignDois.Contains(index))
            {
                hits.Add(index, PaperId.From(id));
            }
        }

        return foreignDois.Steps;
    }

    // 10.48550/arXiv.<id> is arXiv's own DOI for every paper (DataCite prints it in upper case); the other registrants
    // whose DOIs name a listed paper (the ACL Anthology's, AAAI's) are in grammar/venues.json, each read by its source.
    private static void FindPaperDois(ReadOnlySpan<char> text, ref HitList hits)
    {
        foreach (var match in PaperIdPatterns.Doi().EnumerateMatches(text))
        {
            var doi = text.Slice(match.Index, match.Length);
            if (doi.StartsWith(VenueFacts.ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase))
            {
                if (TryParseLeadingArxivId(doi[VenueFacts.ArxivDoiPrefix.Length..], out var arxivId))
                {
                    hits.Add(match.Index, PaperId.From(arxivId));
                }

                continue;
            }

            foreach (var registrant in VenueFacts.PaperDois)
            {
                if (doi.StartsWith(registrant.Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    if (ConferenceUrls.TryParseDoi(registrant, doi[registrant.Prefix.Length..], out var venueId))
                    {
                        hits.Add(match.Index, PaperId.From(venueId));
                    }

                    break;
                }
            }
        }
    }

    // Every old-style id has a slash followed by seven digits, and most inputs have none: checking that first skips
    // a pattern scan that took a third of the time of a typical arXiv URL (see bench/Redirector.Benchmarks).
    private static bool HasSlashBeforeSevenDigits(ReadOnlySpan<char> text)
    {
        const int NumberLength = 7;
        for (var slash = text.IndexOf('/'); slash >= 0; slash = text.IndexOf('/'))
        {
            text = text[(slash + 1)..];
            if (text.Length >= NumberLength && !text[..NumberLength].ContainsAnyExcept(KeyChars.Digits))
            {
                return true;
            }
        }

        return false;
    }

    // Not inside a longer run of digits or dotted numbers: 12401.12345, 1.2401.12345, arXiv.2401.12345 (a DOI, read elsewhere).
    private static bool StartsCleanly(ReadOnlySpan<char> text, int index) =>
        index == 0 || !(char.IsAsciiDigit(text[index - 1]) || text[index - 1] == '.');

    private static bool TryParseLeadingArxivId(ReadOnlySpan<char> text, out ArxivId id) =>
        TryParseAtStart(PaperIdPatterns.NewStyle().EnumerateMatches(text), text, out id)
        || TryParseAtStart(PaperIdPatterns.OldStyle().EnumerateMatches(text), text, out id);

    private static bool TryParseAtStart(System.Text.RegularExpressions.Regex.ValueMatchEnumerator matches, ReadOnlySpan<char> text, out ArxivId id)
    {
        id = default;
        return matches.MoveNext() && matches.Current.Index == 0
            && ArxivId.TryParse(text[..matches.Current.Length], out id, out _);
    }

    private static void FindConferenceUrls(ReadOnlySpan<char> text, ref HitList hits)
    {
        // The pattern's first characters (w, o, a, i, p) are everywhere in text; one vectorised search for the hosts
        // themselves rules out most inputs before it runs.
        if (text.IndexOfAny(ConferenceHosts) < 0)
        {
            return;
        }

        foreach (var match in PaperIdPatterns.ConferenceUrl().EnumerateMatches(text))
        {
            if (ConferenceUrls.TryParse(text.Slice(match.Index, match.Length), out var id))
            {
                hits.Add(match.Index, PaperId.From(id));
            }
        }
    }

    private static void FindSiteVenueIds(ReadOnlySpan<char> text, ref HitList hits)
    {
        // Every site venue id has an '@'. A vectorised search for it is far cheaper than the pattern's scan, which
        // has to try most positions of the input as the start of a name.
        if (!text.Contains('@'))
        {
            return;
        }

        foreach (var match in PaperIdPatterns.SiteVenueId().EnumerateMatches(text))
        {
            if (SiteVenueIds.TryParse(text.Slice(match.Index, match.Length), out var id))
            {
                hits.Add(match.Index, PaperId.From(id));
            }
        }
    }
}
