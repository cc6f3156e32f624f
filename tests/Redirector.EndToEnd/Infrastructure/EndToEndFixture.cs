using Microsoft.Playwright;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>
/// Everything the browser tests share, started once: the packaged extension, the fake target site, the real
/// service in front of it, and one headless Chromium. A headed Chromium for native menus starts only when a
/// test asks for it. One collection, so no two tests ever race for a browser or a server.
/// </summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    private readonly object _headedGate = new();
    private IPlaywright? _playwright;
    private BrowserSession? _headless;
    private readonly Dictionary<string, Task<BrowserSession>> _headed = new(StringComparer.Ordinal);
    private Task<PhoneBrowser>? _phone;

    public string ExtensionDirectory { get; private set; } = string.Empty;

    public FakeTargetSite Site { get; private set; } = null!;

    public RedirectService Service { get; private set; } = null!;

    public BrowserSession Browser => _headless ?? throw new InvalidOperationException("The fixture has not started.");

    public IPlaywright Playwright => _playwright ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout((float)BrowserSession.Patience.TotalMilliseconds);
        ExtensionDirectory = await Repository.PackageExtensionAsync(TimeSpan.FromMinutes(2));
        Site = await FakeTargetSite.StartAsync();
        Service = RedirectService.Start(new Dictionary<string, string?> { ["Redirector:Target"] = Site.OriginText });
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _headless = await BrowserSession.LaunchAsync(_playwright, ExtensionDirectory, headless: true);
        await UseServiceAsync(_headless);
    }

    /// <summary>
    /// A headed Chromium on the X display, for Chromium's own context menu, which headless mode never draws.
    /// Fails, rather than skips, without a display: the native menu is the product's main entry point.
    /// </summary>
    /// <param name="language">The browser's interface language (<c>--lang</c>), which the extension's text follows.</param>
    public Task<BrowserSession> HeadedBrowserAsync(string language = BrowserSession.DefaultLanguage)
    {
        lock (_headedGate)
        {
            if (!_headed.TryGetValue(language, out var browser))
            {
                _headed[language] = browser = LaunchHeadedAsync(language);
            }

            return browser;
        }
    }

    /// <summary>A phone's Chromium, started when a test first asks for it.</summary>
    public Task<PhoneBrowser> PhoneAsync()
    {
        lock (_headedGate)
        {
            return _phone ??= PhoneBrowser.LaunchAsync(Playwright);
        }
    }

    private async Task<BrowserSession> LaunchHeadedAsync(string language)
    {
        X11.RequireDisplay();
        var browser = await BrowserSession.LaunchAsync(Playwright, ExtensionDirectory, headless: false, language);
        await UseServiceAsync(browser);
        return browser;
    }

    /// <summary>Points the extension at the service under test, opening papers in a new tab (the default).</summary>
    public Task UseServiceAsync(BrowserSession browser, string openIn = "newTab") =>
        browser.EvaluateInWorkerAsync(
            "({ serviceUrl, openIn }) => chrome.storage.sync.set({ serviceUrl, openIn })",
            new { serviceUrl = Service.OriginText, openIn });

    public async Task DisposeAsync()
    {
        foreach (var headed in _headed.Values.Where(browser => browser.IsCompletedSuccessfully))
        {
            await (await headed).DisposeAsync();
        }

        if (_headless is not null)
        {
            await _headless.DisposeAsync();
        }

        if (_phone is { IsCompletedSuccessfully: true })
        {
            await (await _phone).DisposeAsync();
        }

        _playwright?.Dispose();
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }

        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<EndToEndFixture>
{
    public const string Name = "Browser end to end";
}
