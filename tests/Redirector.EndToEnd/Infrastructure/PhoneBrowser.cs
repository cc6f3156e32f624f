using Microsoft.Playwright;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>
/// Chromium as a phone shows pages: a narrow viewport that honours the page's viewport tag, touch input and a coarse
/// pointer, a high-density screen and a mobile user agent. No extension: a phone's browser reaches the service itself.
/// </summary>
public sealed class PhoneBrowser(IBrowser browser) : IAsyncDisposable
{
    /// <summary>Chrome for Android's user agent as it reduces it (the version as Debian's Chromium reports its own).</summary>
    private const string AndroidUserAgent =
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36";

    public static async Task<PhoneBrowser> LaunchAsync(IPlaywright playwright) =>
        new(await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserSession.ChromiumPath,
            Headless = true,
            Args = BrowserSession.QuietArgs,
            Timeout = 60_000,
        }));

    /// <summary>A fresh phone, <paramref name="width"/> CSS pixels wide, with the fixture sites routed.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, ColorScheme scheme = ColorScheme.Light, string language = BrowserSession.DefaultLanguage)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 800 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 3,
            UserAgent = AndroidUserAgent,
            ColorScheme = scheme,
            Locale = language,
        });
        context.SetDefaultTimeout((float)BrowserSession.Patience.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)BrowserSession.Patience.TotalMilliseconds);
        await FixtureSites.RouteAsync(context);
        return context;
    }

    public async ValueTask DisposeAsync() => await browser.CloseAsync();
}
