using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Redirector.Tests.Service;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// The bookmarklet carries its own copy of the extension's grammar, made by the service from extension/ids.js (and
/// whatever else it embeds). Taken from the landing page as the service serves it and run under node on a stub page
/// (tests/extension/bookmarklet-lines.mjs), it must send exactly the ids extension/ids.js's extractIds finds.
/// </summary>
public sealed class BookmarkletGrammarTests(RedirectorFactory factory) : IClassFixture<RedirectorFactory>
{
    private const int Inputs = 20_000;

    [Fact]
    public async Task The_served_bookmarklet_sends_the_ids_of_every_vector()
    {
        var rows = Vectors.Extract().Select(row => ((string)row[0], (string[])row[1]))
            .Concat(Vectors.Parse().Select(row => ((string)row[0], new[] { (string)row[1] })))
            .ToArray();

        var sent = await RunBookmarkletAsync(rows.Select(row => row.Item1).ToArray());

        var differences = rows.Zip(sent)
            .Where(pair => !pair.First.Item2.SequenceEqual(pair.Second))
            .Select(pair => $"{JsonSerializer.Serialize(pair.First.Item1)}: bookmarklet [{string.Join(", ", pair.Second)}], vectors [{string.Join(", ", pair.First.Item2)}]")
            .ToArray();
        Assert.True(differences.Length == 0, $"{differences.Length} of {rows.Length} rows differ:\n" + string.Join('\n', differences.Take(15)));
    }

    [Fact]
    public async Task The_served_bookmarklet_finds_what_extractIds_finds_in_the_same_random_inputs()
    {
        var extract = Vectors.ExtractInputs();
        var random = new RandomInputs(RandomInputs.SeedOr(2026_12_03), [.. RandomInputs.FragmentsOf(extract), .. RandomInputs.Traps]);
        var inputs = Enumerable.Range(0, Inputs).Select(_ => random.Next(extract)).ToArray();

        var sent = RunBookmarkletAsync(inputs);
        var found = NodeLines.RunAsync<string[]>("extract-lines.mjs", inputs);

        var differences = new List<string>();
        var someIds = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var (bookmarklet, extractIds) = ((await sent)[i], (await found)[i]);
            someIds += extractIds.Length > 0 ? 1 : 0;
            if (!bookmarklet.SequenceEqual(extractIds))
            {
                differences.Add($"{JsonSerializer.Serialize(inputs[i])}: bookmarklet [{string.Join(", ", bookmarklet)}], extractIds [{string.Join(", ", extractIds)}]");
            }
        }

        Assert.True(
            differences.Count == 0,
            $"seed {random.Seed}: {differences.Count} of {Inputs} inputs differ (PROPERTY_SEED replays), e.g.\n" + string.Join('\n', differences.Take(15)));
        Assert.True(someIds > Inputs / 4, $"seed {random.Seed}: only {someIds} of {Inputs} inputs hold an id");
    }

    /// <summary>What the bookmarklet of the landing page, as served, sends for each input taken as the page's selection.</summary>
    private async Task<string[][]> RunBookmarkletAsync(IReadOnlyList<string> inputs)
    {
        using var client = factory.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/redirector", UriKind.Relative)));
        Assert.NotNull(page.QuerySelector("a#bookmarklet"));
        var scripts = page.QuerySelectorAll("script").Where(script => !script.HasAttribute("src")).Select(script => script.TextContent).ToArray();
        Assert.NotEmpty(scripts);

        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, string.Join('\n', scripts), new UTF8Encoding(false));
            return await NodeLines.RunAsync<string[]>("bookmarklet-lines.mjs", inputs, file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
