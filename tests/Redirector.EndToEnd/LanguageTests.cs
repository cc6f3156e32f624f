using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// The extension speaks the browser's language: Chinese in a Chromium started with --lang=zh-CN, English with
/// --lang=en. Needs Chromium's own translations (Debian's chromium-l10n, which tests/run installs): without them
/// Chromium runs in English whatever it is asked, and the Chinese cases fail.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class LanguageTests(EndToEndFixture fixture)
{
    private const string Selection = "#two-ids";

    /// <summary>Set to a directory to keep a capture of the menu in each language, as used in the README and the store listing.</summary>
    private const string ScreenshotVariable = "COOL_PAPERS_SCREENSHOTS";

    [Theory]
    [InlineData("en", "&Open in Cool Papers", "&Look up “%s” in Cool Papers", "Cool Papers address", "Saved.")]
    [InlineData("zh-CN", "在 Cool Papers 中打开(&O)", "在 Cool Papers 中查找“%s”(&L)", "Cool Papers 地址", "已保存。")]
    public async Task The_menu_items_and_options_page_are_in_the_browsers_language(string language, string menuTitle, string selectionTitle, string addressLabel, string saved)
    {
        var browser = await fixture.HeadedBrowserAsync(language);
        await browser.ResetPagesAsync();

        Assert.StartsWith(language[..2], await browser.EvaluateInWorkerAsync<string>("() => chrome.i18n.getUILanguage()"), StringComparison.Ordinal);
        // The title the menus are created with, in the language the browser runs in.
        Assert.Equal(menuTitle, await browser.EvaluateInWorkerAsync<string>("() => chrome.i18n.getMessage('menuOpen')"));
        Assert.Equal(selectionTitle, await browser.EvaluateInWorkerAsync<string>("() => chrome.i18n.getMessage('menuLookUp')"));

        var options = await browser.OpenAsync(browser.OptionsPageUrl);
        await Assertions.Expect(options.Locator("label[for=serviceUrl]")).ToHaveTextAsync(addressLabel);
        await Assertions.Expect(options.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^" + language[..2]));
        await options.Locator("#save").ClickAsync();
        await Assertions.Expect(options.Locator("#status")).ToHaveTextAsync(saved);
    }

    /// <summary>The Chinese item keeps its access key, L: a reader who knows it from the English menu can keep using it.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task The_native_menu_item_opens_the_selected_ids_in_either_language(string language)
    {
        var browser = await fixture.HeadedBrowserAsync(language);
        await browser.ResetPagesAsync();
        await browser.ClearRecordsAsync();
        var page = await browser.OpenAsync(FixtureSites.ReadingNotes);
        await page.Locator(Selection).EvaluateAsync(
            "(element) => { const range = document.createRange(); range.selectNodeContents(element); getSelection().removeAllRanges(); getSelection().addRange(range); }");
        var point = await page.EvaluateAsync<double[]>(
            "() => { const rect = getSelection().getRangeAt(0).getBoundingClientRect(); return [rect.left + rect.width / 4, rect.top + rect.height * 0.85]; }");

        await page.BringToFrontAsync();
        var before = await X11.VisibleWindowsAsync();
        await page.Mouse.ClickAsync((float)point[0], (float)point[1], new() { Button = MouseButton.Right });
        var menu = await X11.WaitForNewWindowAsync(before, TimeSpan.FromSeconds(10), "Chromium's context menu to open");
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } directory)
        {
            await X11.KeyAsync("Up", "Up");
            await X11.CaptureScreenAsync(Path.Combine(directory, $"context-menu-{language}.png"), "1280x560+0+0");
        }

        var opened = await browser.Context.RunAndWaitForPageAsync(() => X11.KeyAsync("l"));

        await X11.WaitForWindowGoneAsync(menu, TimeSpan.FromSeconds(10), "the context menu to close");
        await Assertions.Expect(opened).ToHaveURLAsync(fixture.Site.OriginText + "/arxiv/2401.12345,2312.00001");
        var records = await browser.RecordsAsync();
        Assert.Empty(records.Errors);
    }
}
