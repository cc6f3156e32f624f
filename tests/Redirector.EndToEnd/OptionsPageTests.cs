using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>The options page as a user fills it in, and what the saved choices then do.</summary>
public sealed class OptionsPageTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_page_shows_the_stored_settings()
    {
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);

        await Assertions.Expect(options.Locator("#serviceUrl")).ToHaveValueAsync(ServiceOrigin);
        await Assertions.Expect(options.Locator("#openIn-newTab")).ToBeCheckedAsync();
        await Assertions.Expect(options.Locator("#openIn-currentTab")).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task A_valid_address_is_saved_normalised_and_used_by_the_next_click()
    {
        await Browser.EvaluateInWorkerAsync("() => chrome.storage.sync.clear()");
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await Assertions.Expect(options.Locator("#serviceUrl")).ToHaveValueAsync("https://papers.cool");

        await options.Locator("#serviceUrl").FillAsync($"  {ServiceOrigin}/  ");
        await options.Locator("#save").ClickAsync();

        await Assertions.Expect(options.Locator("#status")).ToHaveTextAsync("Saved.");
        await Assertions.Expect(options.Locator("#status")).ToHaveAttributeAsync("data-state", "saved");
        var stored = await Browser.StoredSettingsAsync();
        Assert.Equal(ServiceOrigin, stored.GetProperty("serviceUrl").GetString());
        Assert.Equal("newTab", stored.GetProperty("openIn").GetString());

        await options.ReloadAsync();
        await Assertions.Expect(options.Locator("#serviceUrl")).ToHaveValueAsync(ServiceOrigin);

        // Proof the saved address is the one used: without it the click would go to papers.cool.
        var page = await Browser.OpenAsync(FixtureSites.ArxivAbstract);
        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnPage()));
        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");
    }

    [Theory]
    [InlineData("ftp://x", "must start with http:// or https://")]
    [InlineData("not a url", "not a web address")]
    [InlineData("https://x.org/path", "without a path")]
    public async Task An_unusable_address_is_refused_with_a_visible_reason_and_not_saved(string typed, string reason)
    {
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await Assertions.Expect(options.Locator("#serviceUrl")).ToHaveValueAsync(ServiceOrigin);

        await options.Locator("#serviceUrl").FillAsync(typed);
        await options.Locator("#openIn-currentTab").CheckAsync();
        await options.Locator("#save").ClickAsync();

        var status = options.Locator("#status");
        await Assertions.Expect(status).ToBeVisibleAsync();
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(status).ToContainTextAsync(reason);
        await Assertions.Expect(options.Locator("#serviceUrl")).ToHaveAttributeAsync("aria-invalid", "true");
        var stored = await Browser.StoredSettingsAsync();
        Assert.Equal(ServiceOrigin, stored.GetProperty("serviceUrl").GetString());
        Assert.Equal("newTab", stored.GetProperty("openIn").GetString());
    }

    [Fact]
    public async Task Choosing_the_current_tab_makes_a_click_replace_the_page_instead_of_opening_a_tab()
    {
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await options.Locator("#openIn-currentTab").CheckAsync();
        await options.Locator("#save").ClickAsync();
        await Assertions.Expect(options.Locator("#status")).ToHaveTextAsync("Saved.");
        Assert.Equal("currentTab", (await Browser.StoredSettingsAsync()).GetProperty("openIn").GetString());

        var page = await Browser.OpenAsync(FixtureSites.ArxivAbstract);
        var tabsBefore = (await Browser.TabsAsync()).Count;
        await Browser.ClickMenuItemAsync(page, MenuClick.OnPage());

        await ExpectPaperPageAsync(page, "/arxiv/2401.12345");
        Assert.Equal(tabsBefore, (await Browser.TabsAsync()).Count);
        await ExpectNoWorkerErrorsAsync();
    }

    [Fact]
    public async Task Choosing_a_new_tab_opens_it_right_after_the_current_one()
    {
        await Fixture.UseServiceAsync(Browser, openIn: "currentTab");
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await options.Locator("#openIn-newTab").CheckAsync();
        await options.Locator("#save").ClickAsync();
        await Assertions.Expect(options.Locator("#status")).ToHaveTextAsync("Saved.");

        // Tabs on both sides of the current one, so "right after" differs from "at the end".
        var page = await Browser.OpenAsync(FixtureSites.ArxivAbstract);
        await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var current = await Browser.TabAsync(page);
        var before = await Browser.TabsAsync();
        Assert.True(before.Count > current.Index + 1, "the current tab should not be the last one");

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnPage()));
        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345");

        var after = await Browser.TabsAsync();
        var added = Assert.Single(after, tab => before.All(old => old.Id != tab.Id));
        Assert.Equal(current.WindowId, added.WindowId);
        Assert.Equal(current.Index + 1, added.Index);
        Assert.Equal(current.Id, added.OpenerTabId);
    }

    [Fact]
    public async Task The_test_button_says_whether_the_address_answers()
    {
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);

        await options.Locator("#serviceUrl").FillAsync(ServiceOrigin);
        await options.Locator("#test").ClickAsync();
        await Assertions.Expect(options.Locator("#test-result")).ToHaveAttributeAsync("data-state", "ok");
        await Assertions.Expect(options.Locator("#test-result")).ToContainTextAsync(ServiceOrigin);

        await options.Locator("#serviceUrl").FillAsync($"http://127.0.0.1:{ClosedPort()}");
        await options.Locator("#test").ClickAsync();
        await Assertions.Expect(options.Locator("#test-result")).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(options.Locator("#test-result")).ToContainTextAsync("does not answer");
    }

    [Fact]
    public async Task The_options_page_lists_the_shortcut_the_keyword_and_the_version()
    {
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);

        await Assertions.Expect(options.Locator("h1")).ToHaveTextAsync("Cool Papers Redirector options");
        await Assertions.Expect(options.Locator("#shortcut")).ToHaveTextAsync("Alt+Shift+O");
        await Assertions.Expect(options.Locator("#keyword")).ToHaveTextAsync("cp");
        await Assertions.Expect(options.Locator("#version")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d+\.\d+$"));
    }

    [Fact]
    public async Task A_self_hosted_address_that_is_down_gets_a_notice_naming_it_and_no_dead_tab()
    {
        var dead = $"http://127.0.0.1:{ClosedPort()}";
        await Browser.EvaluateInWorkerAsync("(serviceUrl) => chrome.storage.sync.set({ serviceUrl })", dead);
        var page = await Browser.OpenAsync(FixtureSites.ArxivAbstract);
        var pagesBefore = Browser.Context.Pages.Count;

        await Browser.ClickMenuItemAsync(page, MenuClick.OnPage());

        var records = await Eventually.WaitAsync(
            Browser.RecordsAsync, r => r.Notifications.Count > 0, BrowserSession.Patience, "the notice about the address");
        Assert.Contains($"{dead} does not answer", Assert.Single(records.Notifications), StringComparison.Ordinal);
        Assert.Equal(pagesBefore, Browser.Context.Pages.Count);
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
