using System.Text.Json;
using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// The service on a phone, where no extension helps: its pages fit a narrow screen, it installs as an app, and a
/// link or text shared with that app opens its papers. Shares are made as Android makes them: a GET of the manifest's
/// share_target action with the shared fields in the parameters the manifest names.
/// </summary>
public sealed class PhoneTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    private string Landing => ServiceOrigin + "/redirector";

    public static TheoryData<string, int, ColorScheme> PagesAtPhoneWidths()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        string[] paths =
        [
            "/redirector",
            "/https://example.com/a/rather/long/address/that/names/no/paper/at/all/and/goes/on/and/on?with=a&query=string",
            "/https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html",
            "/2401.12345%20LcF-EEt8cCC@OpenReview",
            "/redirector/share?title=&text=",
        ];
        foreach (var path in paths)
        {
            foreach (var width in new[] { 360, 390 })
            {
                data.Add(path, width, ColorScheme.Light);
            }

            data.Add(path, 360, ColorScheme.Dark);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtPhoneWidths))]
    public async Task The_services_pages_fit_a_phone_without_sideways_scrolling(string path, int width, ColorScheme scheme)
    {
        await using var phone = await (await Fixture.PhoneAsync()).NewContextAsync(width, scheme);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(ServiceOrigin + path);

        var (scrollWidth, viewportWidth) = await WidthsAsync(page);
        Assert.True(scrollWidth <= viewportWidth, $"{path} is {scrollWidth} px wide on a {viewportWidth} px screen");
        Assert.Equal(width, viewportWidth);
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    [Theory]
    [InlineData(ColorScheme.Light, "landing-phone-light.png")]
    [InlineData(ColorScheme.Dark, "landing-phone-dark.png")]
    public async Task The_landing_pages_buttons_are_large_enough_for_a_finger(ColorScheme scheme, string screenshot)
    {
        await using var phone = await (await Fixture.PhoneAsync()).NewContextAsync(390, scheme);
        await phone.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = ServiceOrigin });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(Landing);

        // The paste button shows only where the page may read the clipboard; here it may.
        foreach (var selector in new[] { "form button[type=submit]", "#paste", "#bookmarklet", "#copy-bookmarklet" })
        {
            var box = await page.Locator(selector).BoundingBoxAsync();
            Assert.True(box is { Height: >= 44 }, $"{selector} is {box?.Height} px tall");
        }

        if (Environment.GetEnvironmentVariable("COOL_PAPERS_SCREENSHOTS") is { Length: > 0 } directory)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, screenshot), Scale = ScreenshotScale.Css });
        }
    }

    [Fact]
    public async Task Paste_and_open_opens_the_paper_on_the_clipboard()
    {
        await using var phone = await (await Fixture.PhoneAsync()).NewContextAsync(390);
        await phone.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = ServiceOrigin });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(Landing);
        await page.EvaluateAsync("() => navigator.clipboard.writeText('see https://openreview.net/forum?id=LcF-EEt8cCC')");

        await page.Locator("#paste").TapAsync();

        await ExpectPaperPageAsync(page, "/venue/LcF-EEt8cCC@OpenReview");
    }

    [Fact]
    public async Task Without_the_clipboard_the_paste_button_stays_hidden_and_the_box_still_works()
    {
        await using var phone = await (await Fixture.PhoneAsync()).NewContextAsync(390);
        var page = await phone.NewPageAsync();
        // A browser that gives pages no clipboard reading (Firefox before 125, some webviews).
        await page.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { value: undefined })");
        await page.GotoAsync(Landing);

        await Assertions.Expect(page.Locator("#paste")).ToBeHiddenAsync();
        await page.Locator("#q").FillAsync("arXiv:2401.12345v2");
        await page.Locator("form button[type=submit]").TapAsync();

        await ExpectPaperPageAsync(page, "/arxiv/2401.12345");
    }

    [Fact]
    public async Task Chromium_finds_the_landing_page_installable()
    {
        // The suite's own browser: a normal profile, as installability asks (not an incognito-like context).
        var page = await Browser.OpenAsync(Landing);
        var cdp = await page.Context.NewCDPSessionAsync(page);

        // The manifest is fetched after the page loads; until then Chromium reports that there is none.
        var errors = await Eventually.WaitAsync(
            async () => (await cdp.SendAsync("Page.getInstallabilityErrors"))!.Value.GetProperty("installabilityErrors").GetRawText(),
            json => json == "[]",
            BrowserSession.Patience,
            "Chromium to find the landing page installable");
        Assert.Equal("[]", errors);
        var manifest = (await cdp.SendAsync("Page.getAppManifest"))!.Value;
        Assert.Equal(ServiceOrigin + "/redirector/manifest.webmanifest", manifest.GetProperty("url").GetString());
        Assert.Empty(manifest.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    // Chrome for Android shares a page as its title and its address in the text field.
    [InlineData("[2401.12345] A paper", "https://arxiv.org/abs/2401.12345v2", null, "/arxiv/2401.12345")]
    // Another app's message: a few words and an OpenReview link, in the text.
    [InlineData(null, "Nice result, see https://openreview.net/forum?id=LcF-EEt8cCC", null, "/venue/LcF-EEt8cCC@OpenReview")]
    // An app that fills the link field.
    [InlineData(null, null, "https://aclanthology.org/2023.acl-long.1/", "/venue/2023.acl-long.1@ACL")]
    public async Task A_link_or_text_shared_with_the_installed_app_lands_on_its_papers_page(string? title, string? text, string? url, string path)
    {
        await using var phone = await (await Fixture.PhoneAsync()).NewContextAsync(390);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(Landing);

        await page.GotoAsync(await ShareAddressAsync(page, new() { ["title"] = title, ["text"] = text, ["url"] = url }));

        await ExpectPaperPageAsync(page, path);
    }

    [Fact]
    public async Task A_shared_title_alone_lands_on_the_sites_search_for_it()
    {
        await using var phone = await (await Fixture.PhoneAsync()).NewContextAsync(390);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(Landing);

        await page.GotoAsync(await ShareAddressAsync(page, new() { ["title"] = "state space models" }));

        await ExpectSearchPageAsync(page, "state space models");
    }

    [Theory]
    [InlineData("en", "Nothing was shared")]
    [InlineData("zh-CN", "没有收到分享的内容")]
    public async Task An_empty_share_gets_a_page_in_the_readers_language(string language, string heading)
    {
        await using var phone = await (await Fixture.PhoneAsync()).NewContextAsync(390, language: language);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(Landing);

        await page.GotoAsync(await ShareAddressAsync(page, new() { ["text"] = " " }));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
    }

    [Fact]
    public async Task On_an_iphone_the_copied_bookmarklet_opens_the_paper_of_the_page_it_is_used_on()
    {
        await using var phone = await (await Fixture.PhoneAsync()).NewContextAsync(390);
        await phone.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = ServiceOrigin });
        var landing = await phone.NewPageAsync();
        await landing.GotoAsync(Landing);

        // A phone cannot drag the link to its bookmarks: it copies it, to paste as a bookmark's address.
        await landing.Locator("#copy-bookmarklet").TapAsync();
        await Assertions.Expect(landing.Locator("#bookmarklet-copied")).ToBeVisibleAsync();
        var copied = await landing.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await landing.Locator("#bookmarklet").GetAttributeAsync("href"), copied);
        Assert.StartsWith("javascript:", copied, StringComparison.Ordinal);

        var paper = await phone.NewPageAsync();
        await paper.GotoAsync(FixtureSites.ArxivAbstract);
        // What tapping the bookmark does: run its code on the page.
        await paper.EvaluateAsync(Uri.UnescapeDataString(copied["javascript:".Length..]));

        await ExpectPaperPageAsync(paper, "/arxiv/2401.12345");
    }

    /// <summary>The address Android opens for a share: the manifest's action, its parameters named as the manifest names them.</summary>
    private static async Task<string> ShareAddressAsync(IPage page, Dictionary<string, string?> shared)
    {
        var manifestUrl = await page.Locator("link[rel=manifest]").EvaluateAsync<string>("(link) => link.href");
        var manifest = JsonDocument.Parse(await (await page.Context.APIRequest.GetAsync(manifestUrl)).TextAsync()).RootElement;
        var target = manifest.GetProperty("share_target");
        Assert.Equal("GET", target.GetProperty("method").GetString());
        var names = target.GetProperty("params");
        var query = string.Join('&', shared.Where(field => field.Value is not null)
            .Select(field => names.GetProperty(field.Key).GetString() + "=" + Uri.EscapeDataString(field.Value!)));
        return new Uri(new Uri(manifestUrl), target.GetProperty("action").GetString()) + "?" + query;
    }

    private static async Task<(int ScrollWidth, int ViewportWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
