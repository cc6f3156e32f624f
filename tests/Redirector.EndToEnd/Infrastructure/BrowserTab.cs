using System.Text.Json;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>What the extension can see of a tab without the "tabs" permission: where it is, not what it shows.</summary>
public sealed record BrowserTab(int Id, int Index, int WindowId, int? OpenerTabId, bool Active)
{
    public static BrowserTab From(JsonElement tab) => new(
        tab.GetProperty("id").GetInt32(),
        tab.GetProperty("index").GetInt32(),
        tab.GetProperty("windowId").GetInt32(),
        tab.TryGetProperty("openerTabId", out var opener) ? opener.GetInt32() : null,
        tab.GetProperty("active").GetBoolean());
}

public sealed record WorkerRecords(IReadOnlyList<string> Errors, IReadOnlyList<string> Notifications);

/// <summary>
/// One click on an extension menu item, as Chrome reports it in OnClickData: the page, and the link or the
/// selected text when the menu was opened on one.
/// </summary>
public sealed record MenuClick(string MenuItemId)
{
    public const string PageItem = "open-in-cool-papers";
    public const string PdfItem = "open-in-cool-papers-pdf";

    /// <summary>The item Chrome shows on a selection: "Look up “…” in Cool Papers".</summary>
    public const string SelectionItem = "look-up-in-cool-papers";

    public string? LinkUrl { get; init; }

    public string? LinkText { get; init; }

    public string? SelectionText { get; init; }

    public string? FrameUrl { get; init; }

    public static MenuClick OnPage() => new(PageItem);

    public static MenuClick OnLink(string linkUrl, string linkText) => new(PageItem) { LinkUrl = linkUrl, LinkText = linkText };

    public static MenuClick OnSelection(string selectionText) => new(SelectionItem) { SelectionText = selectionText };

    /// <summary>Only the fields Chrome sets for this kind of click: absent, not null, as in the real event.</summary>
    public Dictionary<string, object> ToOnClickData(string pageUrl)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["menuItemId"] = MenuItemId,
            ["editable"] = false,
            ["frameId"] = 0,
            ["pageUrl"] = pageUrl,
        };
        AddIfSet(data, "linkUrl", LinkUrl);
        AddIfSet(data, "linkText", LinkText);
        AddIfSet(data, "selectionText", SelectionText);
        AddIfSet(data, "frameUrl", FrameUrl);
        return data;
    }

    private static void AddIfSet(Dictionary<string, object> data, string key, string? value)
    {
        if (value is not null)
        {
            data[key] = value;
        }
    }
}
