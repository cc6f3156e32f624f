using System.Text.Json.Nodes;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>
/// The packaged extension as a mobile browser runs it: without context menus, keyboard commands, an address-bar
/// keyword or notifications (Firefox for Android has the first three only on the desktop, Safari no notifications).
/// Chromium loads a copy whose manifest asks for none of them, and whose worker finds those APIs absent before any of
/// the extension's modules runs. The popup's own shortcut stays: it stands for the tap on the extension in a phone
/// browser's menu, which, like it, lets the extension read the tab.
/// </summary>
internal static class MobileExtension
{
    internal static readonly string[] AbsentApis = ["contextMenus", "commands", "omnibox", "notifications"];

    private const string HideApis = "hide-apis.js";
    private const string Worker = "mobile-worker.js";
    private const string RecordApis = "record-apis.js";

    public static string CopyOf(string packagedDirectory)
    {
        var copy = Directory.CreateTempSubdirectory("cool-papers-mobile-").FullName;
        foreach (var file in Directory.EnumerateFiles(packagedDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(packagedDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var manifestPath = Path.Combine(copy, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        var permissions = manifest["permissions"]!.AsArray();
        foreach (var absent in permissions.Where(permission => permission!.GetValue<string>() is "contextMenus" or "notifications").ToList())
        {
            permissions.Remove(absent);
        }

        manifest.Remove("omnibox");
        manifest["commands"]!.AsObject().Remove("open-current-paper");
        // Modules run in import order: the APIs are gone before the extension's worker looks for them.
        manifest["background"] = new JsonObject { ["service_worker"] = Worker, ["type"] = "module" };
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        File.WriteAllText(
            Path.Combine(copy, HideApis),
            $"for (const name of {new JsonArray(AbsentApis.Select(api => (JsonNode)api).ToArray()).ToJsonString()}) Object.defineProperty(chrome, name, {{ value: undefined, configurable: true }});\n");
        // What the extension's modules found while they loaded: Chromium may bring a binding back later, on its own.
        File.WriteAllText(
            Path.Combine(copy, RecordApis),
            $"globalThis.absentWhileLoading = {new JsonArray(AbsentApis.Select(api => (JsonNode)api).ToArray()).ToJsonString()}.filter((name) => chrome[name] === undefined);\n");
        File.WriteAllText(Path.Combine(copy, Worker), $"import './{HideApis}';\nimport './extension/background.js';\nimport './{RecordApis}';\n");
        return copy;
    }
}
