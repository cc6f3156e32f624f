using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.PaperIds;

namespace Redirector.Redirects;

public enum LookupOutcome
{
    Found,
    NoId,
    TooLong,
}

public readonly record struct Lookup(LookupOutcome Outcome, PaperId[] Ids)
{
    public static Lookup Fail(LookupOutcome outcome) => new(outcome, []);
}

/// <summary>Runs the grammar on what a request sent, within the configured limits. Every id found is kept.</summary>
public sealed class PaperLookup(IOptions<RedirectorOptions> options)
{
    // The shortest id takes six characters with its separator ("1@AAAI,"), so no input holds more ids than this.
    private const int ShortestIdLength = 6;

    private readonly int _maxInputLength = options.Value.MaxInputLength;
    private readonly int _maxFormLength = options.Value.MaxFormLength;
    private readonly int _maxIds = options.Value.MaxIds;

    public int MaxInputLength => _maxInputLength;

    public int MaxFormLength => _maxFormLength;

    /// <summary>The most ids on one page of the site.</summary>
    public int MaxIds => _maxIds;

    /// <summary>Input from a URL: a path, a query, a <c>q</c> parameter.</summary>
    public Lookup Find(ReadOnlySpan<char> input) => Find(input, _maxInputLength);

    /// <summary>Text pasted into the landing page's form, which may be a whole reference list.</summary>
    public Lookup FindInForm(ReadOnlySpan<char> input) => Find(input, _maxFormLength);

    private Lookup Find(ReadOnlySpan<char> input, int maxLength)
    {
        if (input.Length > maxLength)
        {
            return Lookup.Fail(LookupOutcome.TooLong);
        }

        using var found = new FoundIds(_maxIds);
        var count = found.Extract(input, out var overflow);
        if (overflow)
        {
            // Rare: a reference list. Room for every id the input can hold, so none is dropped; Unicode
            // normalisation can lengthen a text (⑭ is two digits), so the room grows until it suffices.
            var capacity = (input.Length / ShortestIdLength) + 1;
            PaperId[] all;
            while ((all = PaperIdExtractor.Extract(input, capacity, out overflow)).Length > 0 && overflow)
            {
                capacity *= 2;
            }

            return new Lookup(LookupOutcome.Found, all);
        }

        return count == 0 ? Lookup.Fail(LookupOutcome.NoId) : new Lookup(LookupOutcome.Found, found.Ids.ToArray());
    }
}
