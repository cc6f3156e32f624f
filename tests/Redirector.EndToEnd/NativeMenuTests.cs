using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// The product as a reader meets it, in a headed Chromium on the X display: Chromium's own context menu
/// opened by a right-click and driven from the keyboard, the real shortcut, and the real address bar.
/// Without a display these fail (they never skip): run the suite under xvfb-run, as tests/run does.
/// </summary>
public sealed class NativeMenuTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Set to a directory to keep captures of the menu, as used in the README.</summary>
    private const string ScreenshotVariable = "COOL_PAPERS_SCREENSHOTS";

    private static readonly TimeSpan MenuPatience = TimeSpan.FromSeconds(10);

    // Long enough for a working menu item to open its tab many times over on this machine.
    private static readonly TimeSpan RetryPatience = TimeSpan.FromSeconds(4);

    protected override Task<BrowserSession> LaunchAsync() => Fixture.HeadedBrowserAsync();

    [Fact]
    public async Task Right_clicking_a_link_and_pressing_the_items_access_key_opens_the_linked_paper()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var box = await page.Locator("#link-openreview").BoundingBoxAsync() ?? throw new InvalidOperationException("link not laid out");

        var menu = await RightClickAsync(page, box.X + (box.Width / 2), box.Y + (box.Height / 2));
        // "&Open in Cool Papers": O is the item's access key, and no built-in link item shares it.
        var opened = await NewTabFromAsync(() => X11.KeyAsync("o"));

        await X11.WaitForWindowGoneAsync(menu, MenuPatience, "the context menu to close");
        await ExpectPaperPageAsync(opened, "/venue/LcF-EEt8cCC@OpenReview");
        await ExpectNoWorkerErrorsAsync();
    }

    /// <summary>
    /// On a selection the item reads "Look up “…” in Cool Papers", so words end in a search without the menu having
    /// said "open"; its access key, L, belongs to that title alone.
    /// </summary>
    [Fact]
    public async Task Right_clicking_selected_words_offers_to_look_them_up_and_searches_for_them()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        await SelectTextAsync(page, "#words");
        var point = await page.EvaluateAsync<double[]>(
            "() => { const rect = getSelection().getRangeAt(0).getBoundingClientRect(); return [rect.left + rect.width / 4, rect.top + rect.height * 0.85]; }");

        var menu = await RightClickAsync(page, point[0], point[1]);
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } directory)
        {
            await X11.KeyAsync("Up", "Up");
            await X11.CaptureScreenAsync(Path.Combine(directory, "context-menu-words.png"), "1280x560+0+0");
        }

        var opened = await NewTabFromAsync(() => X11.KeyAsync("l"));

        await X11.WaitForWindowGoneAsync(menu, MenuPatience, "the context menu to close");
        await ExpectSearchPageAsync(opened, "diffusion models for protein design");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Right_clicking_a_CVF_paper_link_opens_its_venue_page()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var box = await page.Locator("#link-cvf").BoundingBoxAsync() ?? throw new InvalidOperationException("link not laid out");

        var menu = await RightClickAsync(page, box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var opened = await NewTabFromAsync(() => X11.KeyAsync("o"));

        await X11.WaitForWindowGoneAsync(menu, MenuPatience, "the context menu to close");
        await ExpectPaperPageAsync(opened, "/venue/Smith_Some_Title@CVPR2024@CVF");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Right_clicking_an_AAAI_article_page_opens_its_venue_page()
    {
        var page = await Browser.OpenAsync(FixtureSites.AaaiArticle);

        var opened = await ChoosePageItemAsync(page);

        await ExpectPaperPageAsync(opened, "/venue/28888@AAAI");
        await ExpectNoWorkerErrorsAsync();
    }

    /// <summary>
    /// The page's address names no paper the site knows, so the extension reads the title the page declares, which the
    /// right-click allowed it to (activeTab), and searches the site's conference papers for it.
    /// </summary>
    [Fact]
    public async Task Right_clicking_a_NeurIPS_proceedings_page_searches_the_site_for_its_title()
    {
        var page = await Browser.OpenAsync(FixtureSites.NeurIpsAbstract);

        var opened = await ChoosePageItemAsync(page);

        await ExpectVenueSearchPageAsync(opened, FixtureSites.NeurIpsTitle);
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Right_clicking_selected_text_shows_the_item_just_above_Inspect_and_it_opens_every_selected_id()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        await SelectTextAsync(page, "#two-ids");
        // A quarter of the way in, so the menu opens beside the selection rather than over it.
        var point = await page.EvaluateAsync<double[]>(
            """
            () => {
              const rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
              return [rect.left + rect.width / 4, rect.top + rect.height * 0.85];
            }
            """);

        var menu = await RightClickAsync(page, point[0], point[1]);
        // Chrome ends every menu with Inspect and puts extension items just above it, after a separator.
        // Up from nothing highlighted lands on Inspect, then on the item above it, which must be this one.
        await X11.KeyAsync("Up", "Up");
        var opened = await NewTabFromAsync(() => X11.KeyAsync("Return"));

        await X11.WaitForWindowGoneAsync(menu, MenuPatience, "the context menu to close");
        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345,2312.00001");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Chromes_pdf_viewer_shows_the_item_once_and_it_opens_the_pdfs_paper()
    {
        var page = await Browser.OpenAsync(FixtureSites.ArxivPdf, WaitUntilState.Commit);
        // The viewer is an extension frame that loads the document into a plugin of its own; a right-click
        // before the document has loaded gets a menu from a page that is not the PDF yet.
        var viewer = await Eventually.WaitAsync(
            () => Task.FromResult(page.Frames.FirstOrDefault(frame => frame.Url.StartsWith("chrome-extension://", StringComparison.Ordinal))),
            frame => frame is not null,
            BrowserSession.Patience,
            "Chromium's PDF viewer frame");
        await viewer!.WaitForFunctionAsync("async () => { const v = document.querySelector('pdf-viewer'); return typeof v?.getLoadSucceededForTesting === 'function' && await v.getLoadSucceededForTesting(); }");
        var viewport = await page.EvaluateAsync<double[]>("() => [window.innerWidth, window.innerHeight]");
        // While the viewer is still attaching its document, a right-click can get no menu, or land on the
        // viewer's own page, whose menu (with "View frame source" and no "Rotate") lists the item too but from
        // which Chromium delivers no click. Nothing happens then, so trying again is safe; a broken item fails
        // every try.
        IPage? opened = null;
        for (var attempt = 1; opened is null; attempt++)
        {
            var lastTry = attempt == 3;
            var menu = await RightClickAsync(page, viewport[0] * 0.6, viewport[1] * 0.5, lastTry ? MenuPatience : RetryPatience);
            if (menu is null)
            {
                continue;
            }

            // Had the ordinary item shown here too, Chrome would have grouped both under a submenu named after
            // the extension, and the item above Inspect would not open a paper.
            await X11.KeyAsync("Up", "Up");
            try
            {
                opened = await Browser.Context.RunAndWaitForPageAsync(
                    () => X11.KeyAsync("Return"),
                    new() { Timeout = (float)(lastTry ? BrowserSession.Patience : RetryPatience).TotalMilliseconds });
            }
            catch (TimeoutException) when (!lastTry)
            {
            }

            await X11.WaitForWindowGoneAsync(menu, MenuPatience, "the context menu to close");
        }

        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task The_suggested_shortcut_is_bound_and_opens_the_paper_of_the_current_tab()
    {
        var commands = await Browser.EvaluateInWorkerAsync<System.Text.Json.JsonElement>("() => chrome.commands.getAll()");
        var command = commands.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "open-current-paper");
        Assert.Equal("Alt+Shift+O", command.GetProperty("shortcut").GetString());
        var page = await Browser.OpenAsync(FixtureSites.AclPaper);

        var opened = await NewTabFromAsync(() => X11.KeyAsync("alt+shift+o"));

        await ExpectPaperPageAsync(opened, "/venue/2023.acl-long.1@ACL");
        await ExpectNoWorkerErrorsAsync();
        Assert.Equal(FixtureSites.AclPaper, page.Url);
    }

    [Fact]
    public async Task Typing_cp_and_an_id_in_the_address_bar_opens_the_paper_in_that_tab()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);

        await X11.KeyAsync("ctrl+l");
        await X11.TypeAsync("cp 2401.12345v3");
        // The extension hears of the input only once the keyword has taken; Enter before that would search the
        // web for "cp 2401.12345v3" instead.
        await Eventually.WaitAsync(Browser.OmniboxSessionsAsync, sessions => sessions > 0, BrowserSession.Patience, "the address bar to enter the cp keyword mode");
        await X11.KeyAsync("Return");

        await ExpectPaperPageAsync(page, "/arxiv/2401.12345");
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Typing_the_service_address_in_front_of_a_paper_url_lands_on_the_paper()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);

        await X11.KeyAsync("ctrl+l");
        await X11.TypeAsync($"{ServiceOrigin}/https://arxiv.org/abs/2401.12345v2");
        await X11.KeyAsync("Return");

        await ExpectPaperPageAsync(page, "/arxiv/2401.12345");
    }

    /// <summary>The page's address names no paper, but the page does: its papers open, one tab per kind.</summary>
    [Fact]
    public async Task Right_clicking_a_page_that_names_papers_in_its_text_and_links_opens_them_all()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var pagesBefore = Browser.Context.Pages.Count;

        await ChoosePageItemAsync(page);

        await Eventually.WaitAsync(() => Task.FromResult(Browser.Context.Pages.Count), count => count == pagesBefore + 2, BrowserSession.Patience, "a tab per kind");
        var opened = Browser.Context.Pages.Skip(pagesBefore).ToArray();
        await ExpectPaperPageAsync(opened.Single(p => p.Url.Contains("/arxiv/", StringComparison.Ordinal)), "/arxiv/2401.12345,2312.00001,math/0309136,hep-th/9901001,2310.06825");
        await ExpectNoWorkerErrorsAsync();
    }

    /// <summary>The site never collects this publisher: its arXiv papers are searched for the title the page declares.</summary>
    [Fact]
    public async Task Right_clicking_an_ACM_paper_page_searches_arxiv_preprints_for_its_title()
    {
        var page = await Browser.OpenAsync(FixtureSites.AcmPaper);

        var opened = await ChoosePageItemAsync(page);

        await ExpectSearchPageAsync(opened, FixtureSites.AcmTitle);
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Right_clicking_a_NeurIPS_link_searches_the_site_for_the_links_text()
    {
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var box = await page.Locator("#link-neurips").BoundingBoxAsync() ?? throw new InvalidOperationException("link not laid out");

        var menu = await RightClickAsync(page, box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var opened = await NewTabFromAsync(() => X11.KeyAsync("o"));

        await X11.WaitForWindowGoneAsync(menu, MenuPatience, "the context menu to close");
        await ExpectVenueSearchPageAsync(opened, FixtureSites.NeurIpsTitle);
        await ExpectNoWorkerErrorsAsync();
    }

    /// <summary>
    /// Right-clicks an empty part of the page and chooses the extension's item: on a page's menu Chrome ends with
    /// "View page source" and "Inspect", and puts extension items just above them.
    /// </summary>
    private async Task<IPage> ChoosePageItemAsync(IPage page)
    {
        var viewport = await page.EvaluateAsync<double[]>("() => [window.innerWidth, window.innerHeight]");
        var menu = await RightClickAsync(page, viewport[0] * 0.8, viewport[1] * 0.8);
        await X11.KeyAsync("Up", "Up", "Up");
        var opened = await NewTabFromAsync(() => X11.KeyAsync("Return"));
        await X11.WaitForWindowGoneAsync(menu, MenuPatience, "the context menu to close");
        return opened;
    }

    /// <summary>Right-clicks like a mouse would and returns the X window of the menu that opens.</summary>
    private static async Task<string> RightClickAsync(IPage page, double x, double y) =>
        (await RightClickAsync(page, x, y, MenuPatience))!;

    /// <summary>As <see cref="RightClickAsync(IPage, double, double)"/>, but null when no menu opens in time and this is not the last try.</summary>
    private static async Task<string?> RightClickAsync(IPage page, double x, double y, TimeSpan patience)
    {
        await page.BringToFrontAsync();
        var before = await X11.VisibleWindowsAsync();
        await page.Mouse.ClickAsync((float)x, (float)y, new() { Button = MouseButton.Right });
        try
        {
            return await X11.WaitForNewWindowAsync(before, patience, "Chromium's context menu to open");
        }
        catch (TimeoutException) when (patience < MenuPatience)
        {
            return null;
        }
    }
}
