using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// The 300 page, for ids that need several pages of the site, in a Chromium whose popup blocker is on, as it is for
/// every reader (Playwright switches it off by default). Chromium lets a page open one tab per click, whatever its
/// script asks for, so the page's button opens the pages one click each, in order, and says which comes next.
/// </summary>
public sealed class PaperChoicesPageTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Each_click_on_the_button_opens_the_next_page_until_all_are_open()
    {
        var ids = Enumerable.Range(1, 120).Select(n => $"2401.{n:D5}").ToArray();
        await using var browser = await LaunchAsReadersHaveItAsync();
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(ServiceOrigin + "/" + string.Join(',', ids));
        var links = await page.Locator("a.paper-page").EvaluateAllAsync<string[]>("(links) => links.map((a) => a.href)");
        Assert.Equal(3, links.Length);
        var button = page.Locator("#open-next");

        var opened = new List<string>();
        for (var next = 1; next <= links.Length; next++)
        {
            await Assertions.Expect(button).ToHaveTextAsync($"Open page {next} of 3");
            var tab = await context.RunAndWaitForPageAsync(() => button.ClickAsync());
            await tab.WaitForLoadStateAsync();
            opened.Add(tab.Url);
        }

        Assert.Equal(links, opened);
        Assert.Equal(4, context.Pages.Count);
        await Assertions.Expect(button).ToHaveTextAsync("All 3 pages are open");
        await Assertions.Expect(button).ToBeDisabledAsync();
    }

    [Fact]
    public async Task The_button_speaks_the_readers_language()
    {
        await using var browser = await LaunchAsReadersHaveItAsync();
        var page = await (await browser.NewContextAsync(new() { Locale = "zh-CN" })).NewPageAsync();
        await page.GotoAsync(ServiceOrigin + "/2401.12345%20X1@OpenReview");

        await Assertions.Expect(page.Locator("#open-next")).ToHaveTextAsync("打开第 1 页（共 2 页）");
    }

    private Task<IBrowser> LaunchAsReadersHaveItAsync() => Fixture.Playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        IgnoreDefaultArgs = ["--disable-popup-blocking"],
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
}
