using System.Text.Json;
using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// The service's grammar and the extension's, fed the same seeded random inputs (mutated vectors and hostile text):
/// whatever one finds, the other must find too, beyond the rows of the shared vectors.
/// </summary>
public class DifferentialTests
{
    private const int Inputs = 20_000;

    [Fact]
    public async Task Both_grammars_find_the_same_ids_in_the_same_random_inputs()
    {
        var random = new RandomInputs(RandomInputs.SeedOr(2026_11_29));
        var seeds = Vectors.ExtractInputs();
        var inputs = Enumerable.Range(0, Inputs).Select(_ => random.Next(seeds)).ToArray();

        var fromExtension = await NodeLines.RunAsync<string[]>("extract-lines.mjs", inputs);

        var differences = new List<string>();
        for (var i = 0; i < inputs.Length; i++)
        {
            var fromService = PaperIdExtractor.Extract(inputs[i], 1000, out _).Select(id => id.ToString()).ToArray();
            if (!fromService.SequenceEqual(fromExtension[i]))
            {
                differences.Add($"{JsonSerializer.Serialize(inputs[i])}: service [{string.Join(", ", fromService)}], extension [{string.Join(", ", fromExtension[i])}]");
            }
        }

        Assert.True(
            differences.Count == 0,
            $"seed {random.Seed}: {differences.Count} of {Inputs} inputs differ (PROPERTY_SEED replays), e.g.\n" + string.Join('\n', differences.Take(15)));
    }
}
