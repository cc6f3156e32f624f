using System.Buffers;
using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.PaperIds;

namespace Redirector.Redirects;

public enum LookupOutcome
{
    Found,
    NoId,
    TooLong,
    TooManyIds,
}

public readonly record struct Lookup(LookupOutcome Outcome, PaperId[] Ids)
{
    public static Lookup Fail(LookupOutcome outcome) => new(outcome, []);
}

/// <summary>Runs the grammar on what a request sent, within the configured limits.</summary>
public sealed class PaperLookup(IOptions<RedirectorOptions> options)
{
    private readonly int _maxInputLength = options.Value.MaxInputLength;
    private readonly int _maxIds = options.Value.MaxIds;

    public int MaxInputLength => _maxInputLength;

    public int MaxIds => _maxIds;

    public Lookup Find(ReadOnlySpan<char> input)
    {
        if (input.Length > _maxInputLength)
        {
            return Lookup.Fail(LookupOutcome.TooLong);
        }

        // Rented, because the limit-sized buffer is much larger than the one or two ids a request usually names.
        var buffer = ArrayPool<PaperId>.Shared.Rent(_maxIds);
        try
        {
            var count = PaperIdExtractor.Extract(input, buffer.AsSpan(0, _maxIds), out var overflow);
            if (overflow)
            {
                return Lookup.Fail(LookupOutcome.TooManyIds);
            }

            return count == 0 ? Lookup.Fail(LookupOutcome.NoId) : new Lookup(LookupOutcome.Found, buffer[..count]);
        }
        finally
        {
            ArrayPool<PaperId>.Shared.Return(buffer, clearArray: true);
        }
    }
}
