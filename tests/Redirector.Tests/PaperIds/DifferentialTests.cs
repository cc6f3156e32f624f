using System.Text.Json;
using Redirector.PaperIds;
using Xunit.Abstractions;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// The service's grammar and the extension's, fed the same seeded random inputs (mutated vectors and hostile text):
/// whatever one finds, the other must find too, beyond the rows of the shared vectors.
/// </summary>
public class DifferentialTests(ITestOutputHelper output)
{
    private const int Inputs = 20_000;

    [Fact]
    public async Task Both_grammars_find_the_same_ids_in_the_same_random_inputs()
    {
        var random = new RandomInputs(RandomInputs.SeedOr(2026_11_29));
        await AssertSameIdsAsync(random, Vectors.ExtractInputs());
    }

    /// <summary>
    /// The same with pieces of the rows' URLs inserted anywhere, runs of flipped case and the traps where .NET and
    /// JavaScript part on case and white space: the inputs that found a case-sensitive comparison in one grammar only.
    /// </summary>
    [Fact]
    public async Task Both_grammars_find_the_same_ids_in_random_inputs_with_pieces_of_urls_and_flipped_case()
    {
        var extract = Vectors.ExtractInputs();
        var random = new RandomInputs(RandomInputs.SeedOr(2026_12_02), [.. RandomInputs.FragmentsOf(extract), .. RandomInputs.Traps]);
        await AssertSameIdsAsync(random, extract);
    }

    private async Task AssertSameIdsAsync(RandomInputs random, IReadOnlyList<string> seeds)
    {
        var inputs = Enumerable.Range(0, Inputs).Select(_ => random.Next(seeds)).ToArray();

        var fromExtension = await NodeLines.RunAsync<string[]>("extract-lines.mjs", inputs);

        var differences = new List<string>();
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Length; i++)
        {
            var fromService = PaperIdExtractor.Extract(inputs[i], 1000, out _).Select(id => id.ToString()).ToArray();
            if (fromService.SequenceEqual(fromExtension[i]))
            {
                continue;
            }

            var cleaned = KnownDisagreements.Cleaned(inputs[i]);
            if (KnownDisagreements.Extract.FirstOrDefault(entry => entry.Explains(cleaned, fromService, fromExtension[i])) is { } entry)
            {
                known[entry.Name] = known.GetValueOrDefault(entry.Name) + 1;
            }
            else
            {
                differences.Add($"{JsonSerializer.Serialize(inputs[i])}: service [{string.Join(", ", fromService)}], extension [{string.Join(", ", fromExtension[i])}]");
            }
        }

        foreach (var (name, count) in known)
        {
            output.WriteLine($"known, reported, not failed: {count} × {name}");
        }

        Assert.True(
            differences.Count == 0,
            $"seed {random.Seed}: {differences.Count} of {Inputs} inputs differ (PROPERTY_SEED replays), e.g.\n" + string.Join('\n', differences.Take(15)));
    }
}
