using System.Text.Json;

namespace Redirector.Tests.PaperIds;

/// <summary>The shared vectors file: the same rows drive these tests and the extension's extractor tests.</summary>
public static class Vectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vectors", "paper-ids.json"))));

    public static TheoryData<string, string[]> Extract()
    {
        var rows = new TheoryData<string, string[]>();
        foreach (var row in Document.Value.RootElement.GetProperty("extract").EnumerateArray())
        {
            rows.Add(row.GetProperty("input").GetString()!, row.GetProperty("ids").EnumerateArray().Select(id => id.GetString()!).ToArray());
        }

        return rows;
    }

    /// <summary>The extract rows that have an input at all: an empty path or query is a different request.</summary>
    public static TheoryData<string, string[]> ExtractNonEmpty()
    {
        var rows = new TheoryData<string, string[]>();
        foreach (var row in Extract())
        {
            if (((string)row[0]).Length > 0)
            {
                rows.Add((string)row[0], (string[])row[1]);
            }
        }

        return rows;
    }

    /// <summary>Addresses without ids: "listed" (venue name), "notCollected" (publisher host) or "none".</summary>
    public static TheoryData<string, string, string> Sites()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var row in Document.Value.RootElement.GetProperty("sites").EnumerateArray())
        {
            rows.Add(
                row.GetProperty("input").GetString()!,
                row.GetProperty("kind").GetString()!,
                row.TryGetProperty("name", out var name) ? name.GetString()! : string.Empty);
        }

        return rows;
    }

    /// <summary>What an id as the extractor writes it is: "arxiv", "venue", or "none" for a text that is not one.</summary>
    public static TheoryData<string, string> Kinds()
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in Document.Value.RootElement.GetProperty("kinds").EnumerateArray())
        {
            rows.Add(row.GetProperty("input").GetString()!, row.GetProperty("kind").GetString()!);
        }

        return rows;
    }

    public static TheoryData<string, string, int?> Parse()
    {
        var rows = new TheoryData<string, string, int?>();
        foreach (var row in Document.Value.RootElement.GetProperty("parse").EnumerateArray())
        {
            var version = row.GetProperty("version");
            rows.Add(
                row.GetProperty("input").GetString()!,
                row.GetProperty("canonical").GetString()!,
                version.ValueKind == JsonValueKind.Null ? null : version.GetInt32());
        }

        return rows;
    }

    public static TheoryData<string, string> Reject()
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in Document.Value.RootElement.GetProperty("reject").EnumerateArray())
        {
            rows.Add(row.GetProperty("input").GetString()!, row.GetProperty("failure").GetString()!);
        }

        return rows;
    }

    /// <summary>Every input of the sites table, as seeds for mutation.</summary>
    public static IReadOnlyList<string> SiteInputs() =>
        Document.Value.RootElement.GetProperty("sites").EnumerateArray().Select(row => row.GetProperty("input").GetString()!).ToArray();

    /// <summary>Every input of the extract table, as seeds for mutation.</summary>
    public static IReadOnlyList<string> ExtractInputs() =>
        Document.Value.RootElement.GetProperty("extract").EnumerateArray().Select(row => row.GetProperty("input").GetString()!).ToArray();
}
