using System.Text.Json;
using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// The extension where a phone's browser leaves it only its popup: Chromium runs it without context menus, commands,
/// an address-bar keyword or notifications (see <see cref="MobileExtension"/>), and the popup, the whole extension
/// there, still lists and opens the tab's papers and says what a notification would have said.
/// </summary>
public sealed class MobileExtensionTests(EndToEndFixture fixture) : BrowserTest(fixture), IAsyncLifetime
{
    private string? _directory;
    private BrowserSession? _mobile;

    private BrowserSession Mobile => _mobile ?? throw new InvalidOperationException("The mobile browser has not started.");

    // A browser of its own, closed after each test, so that its window never lies over the other headed tests'.
    protected override async Task<BrowserSession> LaunchAsync()
    {
        _directory = MobileExtension.CopyOf(Fixture.ExtensionDirectory);
        _mobile = await BrowserSession.LaunchAsync(Fixture.Playwright, _directory, headless: false);
        return _mobile;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_mobile is not null)
        {
            await _mobile.DisposeAsync();
        }

        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Without_menus_commands_keyword_or_notifications_the_popup_lists_and_opens_the_tabs_papers()
    {
        var absent = await Mobile.EvaluateInWorkerAsync<JsonElement>("() => globalThis.absentWhileLoading");
        Assert.Equal(MobileExtension.AbsentApis, absent.EnumerateArray().Select(name => name.GetString()).ToArray());
        // The worker's modules all ran: the popup's requests are heard.
        Assert.True(await Mobile.EvaluateInWorkerAsync<bool>("() => chrome.runtime.onMessage.hasListeners()"));
        var page = await Mobile.OpenAsync(FixtureSites.ReadingNotes);
        var pagesBefore = Mobile.Context.Pages.Count;

        await Popup.OpenAsync(Mobile, page);
        // "Open all", which the worker carries out, has the focus.
        await X11.KeyAsync("Return");

        await Eventually.WaitAsync(() => Task.FromResult(Mobile.Context.Pages.Count), count => count == pagesBefore + 2, BrowserSession.Patience, "a tab per kind");
        var opened = Mobile.Context.Pages.Skip(pagesBefore).ToArray();
        await ExpectPaperPageAsync(opened.Single(p => p.Url.Contains("/arxiv/", StringComparison.Ordinal)), "/arxiv/2401.12345,2312.00001,math/0309136,hep-th/9901001,2310.06825");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task When_the_readers_own_service_does_not_answer_the_popup_says_so_and_offers_papers_cool()
    {
        // A self-hosted address where nothing listens (the discard port refuses connections here).
        await Mobile.EvaluateInWorkerAsync("() => chrome.storage.sync.set({ serviceUrl: 'http://127.0.0.1:9' })");
        await Mobile.Context.RouteAsync("https://papers.cool/**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<title>papers.cool</title>" }));
        var page = await Mobile.OpenAsync(FixtureSites.ReadingNotes);
        await Popup.OpenAsync(Mobile, page);
        var pagesBefore = Mobile.Context.Pages.Count;

        // The first paper, past "open all" and its copy buttons: nothing opens, since its address does not answer;
        // the popup stays, with the offer focused.
        await X11.KeyAsync("Tab", "Tab", "Tab", "Return");
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(pagesBefore, Mobile.Context.Pages.Count);
        var opened = await NewTabFromAsync(() => X11.KeyAsync("Return"));

        await Assertions.Expect(opened).ToHaveURLAsync("https://papers.cool/arxiv/2401.12345");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task The_popup_fits_a_phone_screen_with_finger_sized_targets()
    {
        var popup = await Mobile.Context.NewPageAsync();
        // The popup opened on a tab whose address names three papers (a page of the site itself). (Opened as a page of its own here, it would
        // otherwise find itself as the active tab.)
        await popup.AddInitScriptAsync("""
            if (globalThis.chrome?.tabs) {
              chrome.tabs.query = async () => [{ id: 424242, url: 'https://papers.cool/arxiv/2401.12345,2312.00001,hep-th/9901001' }];
            }
            """);
        await popup.SetViewportSizeAsync(360, 740);
        var cdp = await Mobile.Context.NewCDPSessionAsync(popup);
        await cdp.SendAsync("Emulation.setTouchEmulationEnabled", new() { ["enabled"] = true, ["maxTouchPoints"] = 5 });
        await popup.GotoAsync($"chrome-extension://{Mobile.ExtensionId}/extension/popup.html");

        await Assertions.Expect(popup.Locator("a.paper")).ToHaveCountAsync(3);
        Assert.True(await popup.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches"), "the touch screen is emulated");
        var widths = await popup.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the popup is {widths[0]} px wide on a {widths[1]} px screen");
        foreach (var target in await popup.Locator("a.paper, #open-all, #words, #search, #options").AllAsync())
        {
            var box = await target.BoundingBoxAsync();
            Assert.True(box is { Height: >= 44 }, $"{await target.EvaluateAsync<string>("(e) => e.outerHTML")} is {box?.Height} px tall");
        }

        // The tab it was opened on has gone (as it has here): the paper opens in a tab of its own all the same.
        var opened = await Mobile.Context.RunAndWaitForPageAsync(() => popup.Locator("a.paper").First.ClickAsync());
        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");
    }
}
