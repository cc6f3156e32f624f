using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>The other ways in: the toolbar button, the keyboard shortcut's command, and the `cp` omnibox keyword.</summary>
public sealed class ToolbarCommandOmniboxTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    private const string OpenCurrentPaper = "open-current-paper";

    // The toolbar button opens the popup, tested with the real button's shortcut in PopupTests.
    [Fact]
    public async Task The_keyboard_command_on_a_page_without_an_id_notifies_and_opens_nothing()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var tabsBefore = (await Browser.TabsAsync()).Count;

        await Browser.PressCommandAsync(page, OpenCurrentPaper);

        var records = await Eventually.WaitAsync(
            Browser.RecordsAsync, r => r.Notifications.Count > 0, BrowserSession.Patience, "the no-id notification");
        Assert.Empty(records.Errors);
        Assert.Equal(tabsBefore, (await Browser.TabsAsync()).Count);
    }

    [Theory]
    [InlineData(FixtureSites.OpenReviewForum, "/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData(FixtureSites.AclPaper, "/venue/2023.acl-long.1@ACL")]
    public async Task The_keyboard_command_opens_the_paper_of_the_current_tab(string url, string expectedPath)
    {
        var page = await Browser.OpenAsync(url);

        var opened = await NewTabFromAsync(() => Browser.PressCommandAsync(page, OpenCurrentPaper));

        await ExpectPaperPageAsync(opened, expectedPath);
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task An_id_typed_after_cp_opens_in_the_tab_Chrome_asks_for()
    {
        await Browser.OpenAsync(FixtureSites.ReadingNotes);

        var opened = await NewTabFromAsync(() => Browser.EnterInOmniboxAsync("2401.12345", "newForegroundTab"));

        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task A_url_typed_after_cp_replaces_the_current_page()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);

        await Browser.EnterInOmniboxAsync("https://openreview.net/forum?id=LcF-EEt8cCC&referrer=%5Bhome%5D", "currentTab");

        await ExpectPaperPageAsync(page, "/venue/LcF-EEt8cCC@OpenReview");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Words_typed_after_cp_search_the_site()
    {
        await Browser.OpenAsync(FixtureSites.ReadingNotes);

        var opened = await NewTabFromAsync(() => Browser.EnterInOmniboxAsync("sparse attention  survey", "newBackgroundTab"));

        await ExpectSearchPageAsync(opened, "sparse attention survey");
        await ExpectNoWorkerErrorsAsync();
    }

    // Firefox gets the sentence without markup; Chrome must keep the one that highlights what was typed.
    [Fact]
    public async Task Typing_cp_gives_Chrome_a_suggestion_that_highlights_what_was_typed()
    {
        var description = await Browser.EvaluateInWorkerAsync<string>(
            """
            async () => {
              const given = [];
              const setDefaultSuggestion = chrome.omnibox.setDefaultSuggestion.bind(chrome.omnibox);
              chrome.omnibox.setDefaultSuggestion = (suggestion) => {
                given.push(suggestion.description);
                return setDefaultSuggestion(suggestion);
              };
              try {
                chrome.omnibox.onInputStarted.dispatch();
                await new Promise((resolve) => setTimeout(resolve, 100));
              } finally {
                chrome.omnibox.setDefaultSuggestion = setDefaultSuggestion;
              }
              return given.join('\n');
            }
            """);

        Assert.Equal("Open <match>%s</match> in Cool Papers (a paper id, a link, or search words)", description);
        await ExpectNoWorkerErrorsAsync();
    }
}
