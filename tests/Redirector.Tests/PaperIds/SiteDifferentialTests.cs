using System.Text.Json;
using Redirector.PaperIds;
using Xunit.Abstractions;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// The service's site classification (KnownSites.Classify) and the extension's (classifySite), fed the same seeded random
/// inputs: mutated rows of the sites and extract vectors, pieces of the sites rows inserted anywhere, runs of flipped
/// case, and hostile text. Both must name the same kind of site and the same venue or publisher.
/// </summary>
public class SiteDifferentialTests(ITestOutputHelper output)
{
    private const int Inputs = 20_000;

    [Fact]
    public async Task Both_grammars_name_the_same_site_for_the_same_random_inputs()
    {
        // Half from the sites rows, half from the far more numerous extract rows, so that both get mutated often.
        var sites = Vectors.SiteInputs();
        var extract = Vectors.ExtractInputs();
        var random = new RandomInputs(RandomInputs.SeedOr(2026_12_01), [.. RandomInputs.FragmentsOf(sites), .. RandomInputs.Traps]);
        var inputs = Enumerable.Range(0, Inputs).Select(i => random.Next(i % 2 == 0 ? sites : extract)).ToArray();

        var fromExtension = await NodeLines.RunAsync<ExtensionSite>("classify-lines.mjs", inputs);

        var differences = new List<string>();
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Length; i++)
        {
            var service = SiteAnswers.OfService(KnownSites.Classify(inputs[i]));
            var extension = fromExtension[i].Describe();
            named[service] = named.GetValueOrDefault(service) + 1;
            if (service == extension)
            {
                continue;
            }

            var cleaned = KnownDisagreements.Cleaned(inputs[i]);
            if (KnownDisagreements.Sites.FirstOrDefault(entry => entry.Explains(cleaned, service, extension)) is { } entry)
            {
                known[entry.Name] = known.GetValueOrDefault(entry.Name) + 1;
            }
            else
            {
                differences.Add($"{JsonSerializer.Serialize(inputs[i])}: service {service}, extension {extension}");
            }
        }

        foreach (var (answer, count) in named.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count} × {answer}");
        }

        foreach (var (name, count) in known)
        {
            output.WriteLine($"known, reported, not failed: {count} × {name}");
        }

        Assert.True(
            differences.Count == 0,
            $"seed {random.Seed}: {differences.Count} of {Inputs} inputs differ (PROPERTY_SEED replays), e.g.\n" + string.Join('\n', differences.Take(15)));

        // Agreeing says little unless the inputs reach every answer the sites rows give, and often.
        var expected = Vectors.Sites().Select(row => row[1] is "none" ? "none" : $"{row[1]} {row[2]}").Distinct().ToArray();
        Assert.All(expected, answer => Assert.True(
            named.GetValueOrDefault(answer) >= 25, $"seed {random.Seed}: only {named.GetValueOrDefault(answer)} inputs answered {answer}"));
    }
}
