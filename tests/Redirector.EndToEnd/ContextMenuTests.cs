using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// The "Open in Cool Papers" menu items, clicked by raising Chrome's own event in the extension's worker with
/// what Chrome would report: real pages, real links and real selections taken from them, and the real tab.
/// </summary>
public sealed class ContextMenuTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_click_on_an_abstract_page_opens_that_paper_next_to_it()
    {
        var page = await Browser.OpenAsync(FixtureSites.ArxivAbstract);

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnPage()));

        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task A_selection_with_several_ids_opens_them_all_on_one_page()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var selected = await SelectTextAsync(page, "#two-ids");

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnSelection(selected)));

        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345,2312.00001");
        await ExpectNoWorkerErrorsAsync();
    }

    [Theory]
    [InlineData("#link-arxiv", "/arxiv/2312.00001")]
    [InlineData("#link-old-style", "/arxiv/hep-th/9901001")]
    [InlineData("#link-doi", "/arxiv/2310.06825")]
    [InlineData("#link-openreview", "/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData("#link-acl", "/venue/2023.acl-long.1@ACL")]
    [InlineData("#link-cvf", "/venue/Smith_Some_Title@CVPR2024@CVF")]
    [InlineData("#link-aaai", "/venue/28888@AAAI")]
    public async Task A_link_opens_the_paper_it_points_to(string link, string expectedPath)
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var click = await LinkClickAsync(page, link);

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, click));

        await ExpectPaperPageAsync(opened, expectedPath);
        await ExpectNoWorkerErrorsAsync();
    }

    [Theory]
    [InlineData("#old-style-text", "/arxiv/math/0309136")]
    [InlineData("#doi-text", "/arxiv/2312.00001")]
    public async Task Selected_text_is_read_like_any_other_id(string paragraph, string expectedPath)
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var selected = await SelectTextAsync(page, paragraph);

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnSelection(selected)));

        await ExpectPaperPageAsync(opened, expectedPath);
    }

    [Theory]
    [InlineData(FixtureSites.CvfPaper, "/venue/Smith_Some_Title@CVPR2024@CVF")]
    [InlineData(FixtureSites.AaaiArticle, "/venue/28888@AAAI")]
    public async Task A_CVF_or_AAAI_paper_page_opens_its_venue_page(string address, string expectedPath)
    {
        var page = await Browser.OpenAsync(address);

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnPage()));

        await ExpectPaperPageAsync(opened, expectedPath);
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task An_OpenReview_forum_page_opens_its_venue_id_whole_dash_included()
    {
        var page = await Browser.OpenAsync(FixtureSites.OpenReviewForum);

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnPage()));

        await ExpectPaperPageAsync(opened, "/venue/LcF-EEt8cCC@OpenReview");
    }

    /// <summary>The abstract page is 2401.12345; its abstract cites 2310.06825 and links to 2312.00001.</summary>
    [Theory]
    [InlineData("#cited-in-abstract", "#reference-link", "/arxiv/2310.06825")]
    [InlineData(null, "#reference-link", "/arxiv/2312.00001")]
    [InlineData("#plain-words", "#reference-link", "/arxiv/2312.00001")]
    [InlineData("#plain-words", null, "/arxiv/2401.12345")]
    [InlineData(null, null, "/arxiv/2401.12345")]
    public async Task Selection_wins_over_link_and_link_over_page_when_each_holds_an_id(string? selection, string? link, string expectedPath)
    {
        var page = await Browser.OpenAsync(FixtureSites.ArxivAbstract);
        var click = link is null ? MenuClick.OnPage() : await LinkClickAsync(page, link);
        if (selection is not null)
        {
            click = click with { SelectionText = await SelectTextAsync(page, selection) };
        }

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, click));

        await ExpectPaperPageAsync(opened, expectedPath);
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task The_pdf_viewer_item_opens_the_paper_of_the_pdf_being_read()
    {
        // A PDF never fires "load" in the page Playwright sees: Chrome's viewer takes the document over.
        var page = await Browser.OpenAsync(FixtureSites.ArxivPdf, WaitUntilState.Commit);

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, new MenuClick(MenuClick.PdfItem)));

        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");
        await ExpectNoWorkerErrorsAsync();
    }

    /// <summary>The two kinds cannot share a page of the site: one tab each, none dropped (their order: tests/extension).</summary>
    [Fact]
    public async Task A_selection_with_conference_and_arXiv_ids_opens_two_tabs_in_reading_order()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var selected = await SelectTextAsync(page, "#mixed");
        var pagesBefore = Browser.Context.Pages.Count;

        await Browser.ClickMenuItemAsync(page, MenuClick.OnSelection(selected));

        await Eventually.WaitAsync(() => Task.FromResult(Browser.Context.Pages.Count), count => count == pagesBefore + 2, BrowserSession.Patience, "a tab per kind");
        var opened = Browser.Context.Pages.Skip(pagesBefore).ToArray();
        await ExpectPaperPageAsync(opened.Single(p => p.Url.Contains("/venue/", StringComparison.Ordinal)), "/venue/LcF-EEt8cCC@OpenReview");
        await ExpectPaperPageAsync(opened.Single(p => p.Url.Contains("/arxiv/", StringComparison.Ordinal)), "/arxiv/2401.12345");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Selected_words_without_an_id_go_to_the_site_search()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var selected = await SelectTextAsync(page, "#words");

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnSelection(selected)));

        await ExpectSearchPageAsync(opened, "diffusion models for protein design");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Nothing_to_open_shows_a_notice_and_opens_no_tab()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var click = await LinkClickAsync(page, "#link-plain");
        var tabsBefore = (await Browser.TabsAsync()).Count;
        var pagesBefore = Browser.Context.Pages.Count;

        await Browser.ClickMenuItemAsync(page, click);

        // The notice is the handler's last step, so once it is attempted no tab can still be on its way.
        var records = await Eventually.WaitAsync(
            Browser.RecordsAsync, r => r.Notifications.Count > 0, BrowserSession.Patience, "the no-id notification");
        Assert.Contains("No paper id found", Assert.Single(records.Notifications), StringComparison.Ordinal);
        Assert.Empty(records.Errors);
        Assert.Equal(tabsBefore, (await Browser.TabsAsync()).Count);
        Assert.Equal(pagesBefore, Browser.Context.Pages.Count);
        Assert.Equal(FixtureSites.ReadingNotes, page.Url);
    }
}
