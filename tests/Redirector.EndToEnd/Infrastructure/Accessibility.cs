using System.Text.Json;
using Microsoft.Playwright;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>
/// axe-core (npm, installed by tests/run into tests/accessibility) run inside a page: the serious and critical
/// problems it finds are what a reader with a screen reader, a keyboard or low vision would meet.
/// </summary>
internal static class Accessibility
{
    private static readonly Lazy<string> Axe = new(() =>
    {
        var path = Path.Combine(Repository.Root, "tests", "accessibility", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is not at {path}: run 'npm ci' in tests/accessibility (tests/run does).");
    });

    /// <summary>The serious and critical violations on the page, one line each; empty when there are none.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated, not added as a script tag: the extension's pages and the service's forbid inline scripts.
        await page.EvaluateAsync(Axe.Value);
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToArray();
    }
}
