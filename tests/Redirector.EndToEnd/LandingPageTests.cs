using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>The service's own pages in a real browser: the landing page's form and bookmarklet, errors as pages, dark mode, accessibility.</summary>
public sealed class LandingPageTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    private string Landing => ServiceOrigin + "/redirector";

    [Fact]
    public async Task A_ten_kilobyte_reference_list_pasted_into_the_box_opens_one_page_with_every_id()
    {
        var ids = Enumerable.Range(1, 40).Select(n => $"24{(n % 12) + 1:D2}.{n * 37:D5}").ToArray();
        var list = new StringBuilder();
        for (var i = 0; i < ids.Length; i++)
        {
            list.Append('[').Append(i + 1).Append("] A. Author, B. Author and C. Author. A careful study of something, part ").Append(i)
                .Append(". arXiv preprint arXiv:").Append(ids[i]).Append(", 2024. In Proceedings of a Conference, pages 1-12, 2024.\n\n");
        }

        while (Encoding.UTF8.GetByteCount(list.ToString()) < 10_240)
        {
            list.Append("Appendix: further notes without identifiers, kept for the record.\n");
        }

        var page = await Browser.OpenAsync(Landing);
        await page.Locator("#q").FillAsync(list.ToString());
        await page.Locator("form button[type=submit]").ClickAsync();

        await ExpectPaperPageAsync(page, "/arxiv/" + string.Join(',', ids));
    }

    [Fact]
    public async Task A_paste_over_the_boxs_limit_is_sent_whole_and_gets_a_page_that_says_the_limit()
    {
        // The one id is at the very end, past the limit: a box that cut the paste would lose it without a word.
        var text = new StringBuilder();
        while (text.Length < 70_000)
        {
            text.Append("A long reading list, notes and quotations without any identifiers in them.\n");
        }

        text.Append("Last: arXiv:2401.12345");
        var page = await Browser.OpenAsync(Landing);
        await page.Locator("#q").FillAsync(text.ToString());
        Assert.Equal(text.Length, await page.Locator("#q").EvaluateAsync<int>("(box) => box.value.length"));
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.Locator("form button[type=submit]").ClickAsync(),
            response => response.Url == ServiceOrigin + "/redirector/go");

        Assert.Equal(413, answer.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The text is too long");
        await Assertions.Expect(page.Locator("p").First).ToContainTextAsync("65536");
    }

    [Fact]
    public async Task Only_spaces_in_the_box_get_a_page_that_says_so()
    {
        var page = await Browser.OpenAsync(Landing);
        await page.Locator("#q").FillAsync("     ");
        await page.Locator("form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nothing to look up");
        Assert.Equal(ServiceOrigin + "/redirector/go", page.Url);
    }

    [Fact]
    public async Task The_bookmarklet_sends_only_the_ids_it_finds_never_the_pages_address()
    {
        var landing = await Browser.OpenAsync(Landing);
        var href = await landing.Locator("#bookmarklet").GetAttributeAsync("href") ?? string.Empty;
        Assert.StartsWith("javascript:", href, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(ServiceOrigin), href, StringComparison.Ordinal);
        await Assertions.Expect(landing.Locator("#prefix-example")).ToHaveTextAsync(ServiceOrigin + "/https://arxiv.org/abs/2401.12345v2");

        var asked = new List<string>();
        var referers = new List<string>();
        await Browser.Context.RouteAsync(ServiceOrigin + "/**", async route =>
        {
            // Navigations only: Chromium may still be fetching an earlier landing page's web-app icon from the service.
            if (!route.Request.IsNavigationRequest)
            {
                await route.ContinueAsync();
                return;
            }

            asked.Add(route.Request.Url);
            if (route.Request.Headers.TryGetValue("referer", out var referer))
            {
                referers.Add(referer);
            }

            await route.ContinueAsync();
        });
        try
        {
            var paper = await Browser.OpenAsync(FixtureSites.ArxivAbstract);
            // What clicking the bookmark does: run its code on the page.
            await paper.EvaluateAsync(Uri.UnescapeDataString(href["javascript:".Length..]));

            await ExpectPaperPageAsync(paper, "/arxiv/2401.12345");
            var request = Assert.Single(asked);
            Assert.DoesNotContain("arxiv.org", Uri.UnescapeDataString(request), StringComparison.Ordinal);
            Assert.Empty(referers);
        }
        finally
        {
            await Browser.Context.UnrouteAsync(ServiceOrigin + "/**");
        }
    }

    [Fact]
    public async Task Dark_mode_renders_dark_and_light_mode_light()
    {
        var page = await Browser.OpenAsync(Landing);

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        var light = await page.ScreenshotAsync();
        var lightBackground = await BackgroundLuminanceAsync(page);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await page.ScreenshotAsync();
        var darkBackground = await BackgroundLuminanceAsync(page);
        SaveForReadme(light, "landing-light.png");
        SaveForReadme(dark, "landing-dark.png");

        Assert.NotEqual(light, dark);
        Assert.True(lightBackground > 0.9, $"light background luminance {lightBackground}");
        Assert.True(darkBackground < 0.1, $"dark background luminance {darkBackground}");
    }

    [Theory]
    [InlineData("/redirector", false)]
    [InlineData("/redirector", true)]
    [InlineData("/https://example.com/no-paper-here", false)]
    [InlineData("/https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html", false)]
    [InlineData("/2401.12345%20X1@OpenReview", true)]
    [InlineData("/redirector/go?q=%20", false)]
    public async Task The_services_pages_pass_an_accessibility_check(string path, bool dark)
    {
        var page = await Browser.OpenAsync(ServiceOrigin + path);
        if (dark)
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        }

        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    private static async Task<double> BackgroundLuminanceAsync(IPage page)
    {
        var rgb = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var channels = Regex.Matches(rgb, "[0-9]+").Take(3).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
    }

    /// <summary>COOL_PAPERS_SCREENSHOTS=&lt;dir&gt; keeps the captures used in the README.</summary>
    private static void SaveForReadme(byte[] png, string name)
    {
        if (Environment.GetEnvironmentVariable("COOL_PAPERS_SCREENSHOTS") is { Length: > 0 } directory)
        {
            File.WriteAllBytes(Path.Combine(directory, name), png);
        }
    }
}
