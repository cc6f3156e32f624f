using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// Every browser test starts from the same state: one blank tab, the extension pointed at the service under
/// test and opening papers in a new tab, and nothing recorded in its worker.
/// </summary>
[Collection(BrowserSuite.Name)]
public abstract class BrowserTest(EndToEndFixture fixture) : IAsyncLifetime
{
    private BrowserSession? _browser;

    protected EndToEndFixture Fixture => fixture;

    protected BrowserSession Browser => _browser ?? throw new InvalidOperationException("The test has not been initialised.");

    protected string ServiceOrigin => fixture.Service.OriginText;

    public async Task InitializeAsync()
    {
        _browser = await LaunchAsync();
        await _browser.ResetPagesAsync();
        await fixture.UseServiceAsync(_browser);
        await _browser.ClearRecordsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected virtual Task<BrowserSession> LaunchAsync() => Task.FromResult(fixture.Browser);

    /// <summary>Runs <paramref name="action"/> and returns the tab it opens, once that tab has an address.</summary>
    protected Task<IPage> NewTabFromAsync(Func<Task> action) => Browser.Context.RunAndWaitForPageAsync(action);

    /// <summary>
    /// The page ends at exactly <paramref name="path"/> on the fake target site, or on <paramref name="origin"/>
    /// when that site is reached through a gateway, and the site confirms that is what it was asked for.
    /// </summary>
    protected async Task ExpectPaperPageAsync(IPage page, string path, string? origin = null)
    {
        // Polls the page's address rather than waiting for navigation events: Playwright can miss those for a
        // navigation the browser itself started (address bar, keyword) although the page gets there.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape((origin ?? fixture.Site.OriginText) + "/")));
        await Assertions.Expect(page.Locator("#paper")).ToHaveTextAsync(path);
        Assert.Equal(path, Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath));
    }

    /// <summary>The page ends on the fake target site's search for <paramref name="words"/>, highlighted.</summary>
    protected async Task ExpectSearchPageAsync(IPage page, string words)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(fixture.Site.OriginText + "/arxiv/search?")));
        await Assertions.Expect(page.Locator("#search")).ToHaveTextAsync(words);
        await Assertions.Expect(page.Locator("#highlight")).ToHaveTextAsync("1");
    }

    /// <summary>The page ends on the fake target site's conference search for <paramref name="title"/>.</summary>
    protected async Task ExpectVenueSearchPageAsync(IPage page, string title)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(fixture.Site.OriginText + "/venue/search?")));
        await Assertions.Expect(page.Locator("#venue-search")).ToHaveTextAsync(title);
    }

    protected async Task ExpectNoWorkerErrorsAsync()
    {
        var records = await Browser.RecordsAsync();
        Assert.True(records.Errors.Count == 0, "The extension's worker reported errors:\n" + string.Join('\n', records.Errors));
    }

    /// <summary>Selects the text of one element as a reader's drag would, and returns what the browser reports as selected.</summary>
    protected static Task<string> SelectTextAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<string>(
            """
            (element) => {
              const range = document.createRange();
              range.selectNodeContents(element);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              return selection.toString();
            }
            """);

    /// <summary>The absolute address and text of a link, as Chrome puts them in linkUrl and linkText.</summary>
    protected static async Task<MenuClick> LinkClickAsync(IPage page, string selector)
    {
        var link = page.Locator(selector);
        return MenuClick.OnLink(await link.EvaluateAsync<string>("(a) => a.href"), (await link.InnerTextAsync()).Trim());
    }
}
