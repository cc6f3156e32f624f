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
    [InlineData("localhost:5080/arxiv", "without a path")] // the path is the problem, not a missing http://
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
        // The tab choice is a setting of its own, and a good one: kept, while the address's reason stays shown.
        Assert.Equal("currentTab", stored.GetProperty("openIn").GetString());
    }

    [Fact]
    public async Task A_typed_address_is_saved_without_Save_and_says_so()
    {
        await Browser.EvaluateInWorkerAsync("() => chrome.storage.sync.clear()");
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await Assertions.Expect(options.Locator("#serviceUrl")).ToHaveValueAsync("https://papers.cool");

        await options.Locator("#serviceUrl").FillAsync(ServiceOrigin);

        await Assertions.Expect(options.Locator("#status")).ToHaveTextAsync("Saved.");
        await Assertions.Expect(options.Locator("#status")).ToHaveAttributeAsync("data-state", "saved");
        Assert.Equal(ServiceOrigin, (await Browser.StoredSettingsAsync()).GetProperty("serviceUrl").GetString());
    }

    [Fact]
    public async Task Closing_the_page_after_a_good_test_keeps_the_address_tested()
    {
        await Browser.EvaluateInWorkerAsync("() => chrome.storage.sync.clear()");
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await Assertions.Expect(options.Locator("#serviceUrl")).ToHaveValueAsync("https://papers.cool");

        await options.Locator("#serviceUrl").FillAsync(ServiceOrigin);
        await options.Locator("#test").ClickAsync();
        await Assertions.Expect(options.Locator("#test-result")).ToHaveAttributeAsync("data-state", "ok");
        await options.CloseAsync();

        Assert.Equal(ServiceOrigin, (await Browser.StoredSettingsAsync()).GetProperty("serviceUrl").GetString());
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
    public async Task Testing_an_address_that_does_not_answer_says_so_and_asks_for_no_permission()
    {
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await CountPermissionPromptsAsync(options, grant: null);

        await options.Locator("#serviceUrl").FillAsync($"http://127.0.0.1:{ClosedPort()}");
        await options.Locator("#test").ClickAsync();

        await Assertions.Expect(options.Locator("#test-result")).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(options.Locator("#test-result")).ToContainTextAsync("does not answer");
        await Assertions.Expect(options.Locator("#allow-health")).ToBeHiddenAsync();
        Assert.Equal(0, await PermissionPromptsAsync(options));
    }

    [Fact]
    public async Task Testing_an_address_that_answers_explains_the_permission_before_asking_and_a_refusal_is_named()
    {
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await CountPermissionPromptsAsync(options, grant: false);

        await options.Locator("#serviceUrl").FillAsync(ServiceOrigin);
        await options.Locator("#test").ClickAsync();

        var result = options.Locator("#test-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-state", "ok");
        await Assertions.Expect(result).ToContainTextAsync($"{ServiceOrigin} answers.");
        await Assertions.Expect(result).ToContainTextAsync("the browser will ask you next");
        Assert.Equal(0, await PermissionPromptsAsync(options));

        await options.Locator("#allow-health").ClickAsync();

        await Assertions.Expect(result).ToHaveAttributeAsync("data-state", "declined");
        await Assertions.Expect(result).ToContainTextAsync("without your permission its health check cannot be read");
        await Assertions.Expect(options.Locator("#allow-health")).ToBeHiddenAsync();
        Assert.Equal(1, await PermissionPromptsAsync(options));
    }

    [Theory]
    [InlineData(200, "ok", "answers and is healthy")]
    [InlineData(503, "error", "answers, but its health check said 503")]
    public async Task With_permission_the_test_reports_the_health_the_address_answers_with(int health, string state, string said)
    {
        using var service = HealthAnswering.Start(health);
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);
        await CountPermissionPromptsAsync(options, grant: true);

        await options.Locator("#serviceUrl").FillAsync(service.Origin);
        await options.Locator("#test").ClickAsync();
        await Assertions.Expect(options.Locator("#allow-health")).ToBeVisibleAsync();
        await options.Locator("#allow-health").ClickAsync();

        await Assertions.Expect(options.Locator("#test-result")).ToHaveAttributeAsync("data-state", state);
        await Assertions.Expect(options.Locator("#test-result")).ToContainTextAsync($"{service.Origin} {said}");
    }

    [Fact]
    public async Task The_options_page_lists_both_shortcuts_the_keyword_and_the_version()
    {
        var options = await Browser.OpenAsync(Browser.OptionsPageUrl);

        await Assertions.Expect(options.Locator("h1")).ToHaveTextAsync("Cool Papers Redirector options");
        await Assertions.Expect(options.Locator("#shortcut")).ToHaveTextAsync("Alt+Shift+O");
        await Assertions.Expect(options.Locator("#shortcut-popup")).ToHaveTextAsync("Alt+Shift+L");
        await Assertions.Expect(options.Locator("#keyword")).ToHaveTextAsync("cp");
        await Assertions.Expect(options.Locator("#version")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d+\.\d+$"));
    }

    // Phones' browsers have no chrome.commands: the page leaves the shortcuts out and still saves.
    [Fact]
    public async Task Without_shortcuts_in_the_browser_the_page_lists_none_and_still_saves()
    {
        var options = await Browser.Context.NewPageAsync();
        await options.AddInitScriptAsync("delete globalThis.chrome.commands;");
        await options.GotoAsync(Browser.OptionsPageUrl);
        await Assertions.Expect(options.Locator("#serviceUrl")).ToHaveValueAsync(ServiceOrigin);

        await Assertions.Expect(options.Locator("#shortcut, #shortcut-popup")).ToHaveCountAsync(0);
        await Assertions.Expect(options.Locator("#keyword")).ToHaveTextAsync("cp");
        await options.Locator("#openIn-currentTab").CheckAsync();
        await Assertions.Expect(options.Locator("#status")).ToHaveTextAsync("Saved.");
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

    /// <summary>
    /// Counts the permission prompts the page starts. The browser's own prompt cannot be answered from a test:
    /// with <paramref name="grant"/> set, the reader's answer stands in for it; null leaves the real prompt.
    /// </summary>
    private static async Task CountPermissionPromptsAsync(IPage options, bool? grant) =>
        await options.EvaluateAsync(
            """
            (grant) => {
              window.permissionPrompts = 0;
              const request = chrome.permissions.request.bind(chrome.permissions);
              const contains = chrome.permissions.contains.bind(chrome.permissions);
              let granted = false;
              chrome.permissions.request = async (permissions) => {
                window.permissionPrompts += 1;
                if (grant === null) return request(permissions);
                granted = grant;
                return grant;
              };
              chrome.permissions.contains = async (permissions) => granted || contains(permissions);
            }
            """,
            grant);

    private static Task<int> PermissionPromptsAsync(IPage options) => options.EvaluateAsync<int>("() => window.permissionPrompts");

    /// <summary>
    /// A self-hosted service on loopback whose /healthz answers <c>status</c>, readable by the extension page as
    /// the host permission would make it.
    /// </summary>
    private sealed class HealthAnswering : IDisposable
    {
        private readonly System.Net.HttpListener _listener = new();
        private readonly int _status;

        private HealthAnswering(int status, int port)
        {
            _status = status;
            Origin = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Origin + "/");
            _listener.Start();
            _ = AnswerAsync();
        }

        public string Origin { get; }

        public static HealthAnswering Start(int status) => new(status, ClosedPort());

        public void Dispose() => _listener.Close();

        private async Task AnswerAsync()
        {
            while (_listener.IsListening)
            {
                System.Net.HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception error) when (error is System.Net.HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                context.Response.StatusCode = _status;
                context.Response.AddHeader("Access-Control-Allow-Origin", "*");
                context.Response.Close();
            }
        }
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
