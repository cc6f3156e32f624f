using Microsoft.Playwright;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>The toolbar button's popup, opened on a headed browser as a reader opens it, and driven from the keyboard.</summary>
internal static class Popup
{
    /// <summary>Where the popup's heading is on the 1280-pixel-wide browser window the headed tests use.</summary>
    private static readonly (int X, int Y) Heading = (880, 104);

    /// <summary>
    /// Presses the popup's shortcut and waits until the popup has read the tab: it then puts the count on the button.
    /// (The popup is drawn inside the browser's window, so it cannot be waited for as a window of its own.) The focus
    /// is then on the first paper.
    /// </summary>
    public static async Task OpenAsync(BrowserSession browser, IPage page)
    {
        await page.BringToFrontAsync();
        await browser.EvaluateInWorkerAsync("async () => { for (const tab of await chrome.tabs.query({})) await chrome.action.setBadgeText({ tabId: tab.id, text: '' }); }");
        await X11.KeyAsync("alt+shift+l");
        await Eventually.WaitAsync(
            () => browser.EvaluateInWorkerAsync<string>(
                "async () => { const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }); return chrome.action.getBadgeText({ tabId: tab.id }); }"),
            badge => badge.Length > 0,
            BrowserSession.Patience,
            "the popup to read the tab and show the count on the button");

        // Keys reach the popup once it has the focus, which the virtual display's lack of a window manager does not
        // give it: a click on its heading (the popup hangs from the toolbar's right end) does, as for a reader.
        await X11.ClickAsync(Heading.X, Heading.Y);
        await X11.KeyAsync("Tab");
    }
}
