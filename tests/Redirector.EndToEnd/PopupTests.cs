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

        // "Open all" has the focus, then its two copy buttons, then the first paper the page mentions.
        await X11.KeyAsync("Tab", "Tab", "Tab");
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

        // "Open all" comes before the list, however long: it has the focus.
        await OpenPopupAsync(page);
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
        // "/" goes to the search box, past however many papers.
        await X11.KeyAsync("slash");

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

    [Fact]
    public async Task The_popup_names_papers_as_the_page_does_and_copies_their_links_plain_and_as_markdown()
    {
        var notes = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        // The reader's click on the button lets the extension read this tab, until it navigates.
        await OpenPopupAsync(notes);
        await X11.KeyAsync("Escape");
        var tab = await Browser.TabAsync(notes);

        // The same popup, as a page of its own, for that tab: its list can be read and its buttons pressed.
        // The clipboard is the system's: a page of the service, allowed to read it, reads what the popup copied.
        await Browser.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = ServiceOrigin });
        var reader = await Browser.OpenAsync(ServiceOrigin + "/redirector");
        var popup = await Browser.Context.NewPageAsync();
        await popup.AddInitScriptAsync($"if (globalThis.chrome?.tabs) chrome.tabs.query = async () => [{{ id: {tab.Id}, url: '{FixtureSites.ReadingNotes}' }}];");
        await popup.GotoAsync($"chrome-extension://{Browser.ExtensionId}/extension/popup.html");
        await FocusAsync(popup);

        var papers = popup.Locator("a.paper");
        await Assertions.Expect(papers).ToHaveCountAsync(PapersOnReadingList);
        // Named in the text first, and linked further down: the link's text names it.
        var survey = popup.Locator("a.paper[data-paper-id='2312.00001']");
        await Assertions.Expect(survey).ToHaveTextAsync("A survey of reading sites");
        var surveyUrl = ServiceOrigin + "/arxiv/2312.00001";

        await popup.Locator("li", new() { Has = survey }).GetByRole(AriaRole.Button, new() { Name = "Copy the Cool Papers link of A survey of reading sites", Exact = true }).ClickAsync();
        var copied = await ClipboardAsync(reader, popup, previous: string.Empty);
        Assert.Equal(surveyUrl, copied);
        await popup.Locator("li", new() { Has = survey }).GetByRole(AriaRole.Button, new() { Name = "Copy the Cool Papers link of A survey of reading sites as Markdown" }).ClickAsync();
        copied = await ClipboardAsync(reader, popup, previous: copied);
        Assert.Equal($"[A survey of reading sites]({surveyUrl})", copied);
        await popup.Locator("#copy-all-markdown").ClickAsync();
        copied = await ClipboardAsync(reader, popup, previous: copied);
        var lines = copied.Split('\n');
        Assert.Equal(PapersOnReadingList, lines.Length);
        Assert.Contains($"- [A survey of reading sites]({surveyUrl})", lines);
        await popup.Locator("#copy-all").ClickAsync();
        Assert.Equal(await papers.EvaluateAllAsync<string[]>("(links) => links.map((link) => link.href)"), (await ClipboardAsync(reader, popup, previous: copied)).Split('\n'));
        await Assertions.Expect(popup.Locator("#copied")).ToHaveTextAsync("Copied.");
    }

    [Fact]
    public async Task On_a_paper_site_the_badge_counts_the_papers_the_popup_lists()
    {
        var page = await Browser.OpenAsync(FixtureSites.ArxivAbstract);
        // The page's quick links report their count on the button once they are in place.
        var counted = await Eventually.WaitAsync(
            () => Browser.EvaluateInWorkerAsync<string>(
                "async () => { const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }); return chrome.action.getBadgeText({ tabId: tab.id }); }"),
            badge => badge.Length > 0,
            BrowserSession.Patience,
            "the page to report how many papers it names");

        await OpenPopupAsync(page);
        var listed = await Browser.EvaluateInWorkerAsync<string>(
            "async () => { const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }); return chrome.action.getBadgeText({ tabId: tab.id }); }");

        Assert.Equal(listed, counted);
        await X11.KeyAsync("Escape");
    }

    // Pages write to the clipboard only while they have the focus.
    private static async Task FocusAsync(IPage page)
    {
        await page.BringToFrontAsync();
        await page.WaitForFunctionAsync("() => document.hasFocus()");
    }

    // The popup's copy completes after its click returns: the clipboard is read until it no longer holds what the
    // previous copy left (or 5 s pass, and the assertion after it says what it holds).
    private static async Task<string> ClipboardAsync(IPage reader, IPage popup, string previous)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string text;
        do
        {
            await FocusAsync(reader);
            text = await reader.EvaluateAsync<string>("() => navigator.clipboard.readText()");
            await FocusAsync(popup);
        }
        while (text == previous && DateTime.UtcNow < deadline);

        return text;
    }

    private Task OpenPopupAsync(IPage page) => Popup.OpenAsync(Browser, page);
}
