using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// The toolbar button's popup, opened as a reader does with its shortcut (which, like a click on the button, lets
/// the extension read the tab), in a headed Chromium, and driven from the keyboard.
/// </summary>
public sealed class PopupTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    // The reading list holds nine papers: three in its text and six behind its links.
    private const int PapersOnReadingList = 9;

    protected override Task<BrowserSession> LaunchAsync() => Fixture.HeadedBrowserAsync();

    [Fact]
    public async Task The_popup_lists_the_tabs_papers_shows_their_count_and_opens_the_one_chosen()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);

        await OpenPopupAsync(page);
        if (Environment.GetEnvironmentVariable("COOL_PAPERS_SCREENSHOTS") is { Length: > 0 } directory)
        {
            await X11.CaptureScreenAsync(Path.Combine(directory, "popup.png"), "1280x560+0+0");
        }

        // The first link has the focus: the first paper the page mentions.
        var opened = await NewTabFromAsync(() => X11.KeyAsync("Return"));

        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");
        var badge = await Browser.EvaluateInWorkerAsync<string>(
            "async () => { const [tab] = await chrome.tabs.query({ url: 'https://notes.example.net/*' }); return chrome.action.getBadgeText({ tabId: tab.id }); }");
        Assert.Equal(PapersOnReadingList.ToString(System.Globalization.CultureInfo.InvariantCulture), badge);
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Open_all_opens_one_tab_per_kind_with_every_paper()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var pagesBefore = Browser.Context.Pages.Count;

        await OpenPopupAsync(page);
        // From the first paper, past the other eight, to "open all".
        for (var i = 1; i < PapersOnReadingList + 1; i++)
        {
            await X11.KeyAsync("Tab");
        }

        await X11.KeyAsync("Return");

        await Eventually.WaitAsync(() => Task.FromResult(Browser.Context.Pages.Count), count => count == pagesBefore + 2, BrowserSession.Patience, "a tab per kind");
        var opened = Browser.Context.Pages.Skip(pagesBefore).ToArray();
        const string arxiv = "/arxiv/2401.12345,2312.00001,math/0309136,hep-th/9901001,2310.06825";
        const string venue = "/venue/LcF-EEt8cCC@OpenReview,2023.acl-long.1@ACL,Smith_Some_Title@CVPR2024@CVF,28888@AAAI";
        await ExpectPaperPageAsync(opened.Single(p => p.Url.Contains("/arxiv/", StringComparison.Ordinal)), arxiv);
        await ExpectPaperPageAsync(opened.Single(p => p.Url.Contains("/venue/", StringComparison.Ordinal)), venue);

    }

    [Fact]
    public async Task Words_typed_into_the_popup_go_to_the_site_search()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);

        await OpenPopupAsync(page);
        // Past the nine papers and "open all", to the search box.
        for (var i = 1; i <= PapersOnReadingList + 1; i++)
        {
            await X11.KeyAsync("Tab");
        }

        await X11.TypeAsync("state space models");
        var opened = await NewTabFromAsync(() => X11.KeyAsync("Return"));

        await ExpectSearchPageAsync(opened, "state space models");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_popup_and_options_pages_pass_an_accessibility_check(bool dark)
    {
        foreach (var path in new[] { "extension/popup.html", "extension/options.html" })
        {
            var page = await Browser.OpenAsync($"chrome-extension://{Browser.ExtensionId}/{path}");
            await page.EmulateMediaAsync(new() { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
            Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        }
    }

    private Task OpenPopupAsync(IPage page) => Popup.OpenAsync(Browser, page);
}
