using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>The "Cool Papers" links the content script adds to arXiv, OpenReview, ACL Anthology, CVF and AAAI pages.</summary>
public sealed class QuickLinkTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    private const string QuickLink = "a.cool-papers-link";

    [Fact]
    public async Task An_abstract_page_gets_one_link_among_its_access_buttons_and_it_opens_the_paper()
    {
        var page = await Browser.OpenAsync(FixtureSites.ArxivAbstract);

        var link = page.Locator($".extra-services .full-text ul li {QuickLink}");
        await Assertions.Expect(link).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(QuickLink)).ToHaveCountAsync(1);
        await Assertions.Expect(link).ToHaveAttributeAsync("data-paper-id", "2401.12345");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"{ServiceOrigin}/arxiv/2401.12345");

        var opened = await NewTabFromAsync(() => link.ClickAsync());
        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");
    }

    [Fact]
    public async Task A_listing_gets_one_link_per_entry_next_to_its_abstract_link_old_style_ids_included()
    {
        var page = await Browser.OpenAsync(FixtureSites.ArxivListing);

        var links = page.Locator(QuickLink);
        await Assertions.Expect(links).ToHaveCountAsync(3);
        Assert.Equal(
            ["2401.12345", "2401.00007", "hep-th/9901001"],
            await links.EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.paperId)"));
        // Each sits right after the entry's own abstract link, so it reads as part of that entry.
        Assert.Equal(
            ["/abs/2401.12345", "/abs/2401.00007", "/abs/hep-th/9901001"],
            await links.EvaluateAllAsync<string[]>("links => links.map(a => a.previousElementSibling.getAttribute('href'))"));
        await Assertions.Expect(links.Nth(2)).ToHaveAttributeAsync("href", $"{ServiceOrigin}/arxiv/hep-th/9901001");

        var opened = await NewTabFromAsync(() => links.Nth(2).ClickAsync());
        await ExpectPaperPageAsync(opened, "/arxiv/hep-th/9901001");
    }

    [Theory]
    [InlineData(FixtureSites.CvfPaper, "#papertitle", "Smith_Some_Title@CVPR2024@CVF")]
    [InlineData(FixtureSites.AaaiArticle, "h1.page_title", "28888@AAAI")]
    public async Task CVF_and_AAAI_paper_pages_get_a_link_under_their_title(string address, string title, string id)
    {
        var page = await Browser.OpenAsync(address);

        var link = page.Locator($"{title} + div {QuickLink}");
        await Assertions.Expect(link).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(QuickLink)).ToHaveCountAsync(1);
        await Assertions.Expect(link).ToHaveAttributeAsync("data-paper-id", id);
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"{ServiceOrigin}/venue/{id}");

        var opened = await NewTabFromAsync(() => link.ClickAsync());
        await ExpectPaperPageAsync(opened, "/venue/" + id);
    }

    [Fact]
    public async Task An_OpenReview_forum_gets_a_link_under_its_title_once_the_app_has_rendered()
    {
        var page = await Browser.OpenAsync(FixtureSites.OpenReviewForum);

        var link = page.Locator($".forum-title + div {QuickLink}, .forum-title h2 + div {QuickLink}");
        await Assertions.Expect(link).ToHaveCountAsync(1);
        await Assertions.Expect(link).ToHaveAttributeAsync("data-paper-id", "LcF-EEt8cCC@OpenReview");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"{ServiceOrigin}/venue/LcF-EEt8cCC@OpenReview");

        var opened = await NewTabFromAsync(() => link.ClickAsync());
        await ExpectPaperPageAsync(opened, "/venue/LcF-EEt8cCC@OpenReview");
    }

    [Fact]
    public async Task An_ACL_Anthology_paper_gets_a_button_next_to_PDF_and_Cite()
    {
        var page = await Browser.OpenAsync(FixtureSites.AclPaper);

        var link = page.Locator($".acl-paper-link-block {QuickLink}");
        await Assertions.Expect(link).ToHaveCountAsync(1);
        await Assertions.Expect(link).ToHaveAttributeAsync("data-paper-id", "2023.acl-long.1@ACL");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"{ServiceOrigin}/venue/2023.acl-long.1@ACL");

        var opened = await NewTabFromAsync(() => link.ClickAsync());
        await ExpectPaperPageAsync(opened, "/venue/2023.acl-long.1@ACL");
    }

    [Fact]
    public async Task Links_open_in_place_when_the_reader_chose_the_current_tab()
    {
        await Fixture.UseServiceAsync(Browser, openIn: "currentTab");
        var page = await Browser.OpenAsync(FixtureSites.AclPaper);
        var link = page.Locator(QuickLink);
        await Assertions.Expect(link).ToHaveCountAsync(1);
        await Assertions.Expect(link).Not.ToHaveAttributeAsync("target", "_blank");

        await link.ClickAsync();

        await ExpectPaperPageAsync(page, "/venue/2023.acl-long.1@ACL");
    }

    [Theory]
    [InlineData(FixtureSites.ArxivAbstractUnfamiliar, "2402.00002", "/arxiv/2402.00002")]
    [InlineData(FixtureSites.AclPaperUnfamiliar, "2024.acl-long.800@ACL", "/venue/2024.acl-long.800@ACL")]
    public async Task A_paper_page_with_unfamiliar_markup_keeps_working_and_gets_a_corner_link(string url, string id, string expectedPath)
    {
        var errors = new List<string>();
        var page = await Browser.Context.NewPageAsync();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(url);

        var link = page.Locator(QuickLink);
        await Assertions.Expect(link).ToHaveCountAsync(1);
        await Assertions.Expect(link).ToHaveAttributeAsync("data-paper-id", id);
        await Assertions.Expect(link).ToHaveCSSAsync("position", "fixed");
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-page-script", "ran");
        Assert.Empty(errors);

        var opened = await NewTabFromAsync(() => link.ClickAsync());
        await ExpectPaperPageAsync(opened, expectedPath);
    }

    [Fact]
    public async Task A_listing_with_unfamiliar_markup_is_left_alone()
    {
        var errors = new List<string>();
        var unfamiliar = await Browser.Context.NewPageAsync();
        unfamiliar.PageError += (_, error) => errors.Add(error);
        unfamiliar.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await unfamiliar.GotoAsync(FixtureSites.ArxivListingUnfamiliar);

        // An absence has no event to wait for. The familiar listing, loaded after it, shows when the content
        // script has had time to run everywhere: it is injected per page at load, in load order.
        var familiar = await Browser.OpenAsync(FixtureSites.ArxivListing);
        await Assertions.Expect(familiar.Locator(QuickLink)).ToHaveCountAsync(3);

        await Assertions.Expect(unfamiliar.Locator(QuickLink)).ToHaveCountAsync(0);
        await Assertions.Expect(unfamiliar.Locator(".card-link")).ToHaveCountAsync(2);
        await Assertions.Expect(unfamiliar.Locator("body")).ToHaveAttributeAsync("data-page-script", "ran");
        Assert.Empty(errors);
    }
}
