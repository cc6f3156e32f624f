using System.Diagnostics;
using System.Text;
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

        var fromExtension = await ExtractWithNodeAsync(inputs);

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

    private static async Task<string[][]> ExtractWithNodeAsync(string[] inputs)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, inputs.Select(input => JsonSerializer.Serialize(input)), new UTF8Encoding(false));
            var script = Path.Combine(RepositoryRoot(), "tests", "extension", "extract-lines.mjs");
            using var node = Process.Start(new ProcessStartInfo("node", [script, file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            }) ?? throw new InvalidOperationException("node did not start");
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0, "node failed: " + await errors);
            return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonSerializer.Deserialize<string[]>(line)!)
                .ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Redirector.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Redirector.sln) was not found above " + AppContext.BaseDirectory);
    }
}
