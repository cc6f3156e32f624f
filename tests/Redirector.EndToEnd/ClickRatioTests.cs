using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;
using Xunit.Abstractions;

namespace Redirector.EndToEnd;

/// <summary>
/// The extension's click against the browser's own way to the same page, in the same browser run: a tab opened
/// straight on the service's URL prefix (<c>{service}/https://arxiv.org/abs/…</c>) and the page's menu click, both
/// ending when the paper's page on the site has loaded. The service is self-hosted on loopback, so the click includes
/// the extension's check that the address answers. A ratio, not a time, so that a slow or busy machine slows both
/// sides alike; the median of several rounds, the sides alternating, so that one disturbed round does not decide.
/// </summary>
public sealed class ClickRatioTests(EndToEndFixture fixture, ITestOutputHelper output) : BrowserTest(fixture)
{
    private const int Rounds = 9;
    private const double MostClickPerDirect = 1.2;
    private const string PaperPath = "/arxiv/2401.12345";

    [Fact]
    public async Task The_click_takes_at_most_1_2_times_a_tab_opened_on_the_service_prefix()
    {
        var source = await Browser.OpenAsync(FixtureSites.ArxivAbstract);

        // One of each first: the worker, the service's and the site's first requests and the browser's caches warm.
        await DirectAsync();
        await ClickAsync(source);

        var ratios = new List<double>();
        var direct = new List<double>();
        var click = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            // Alternate which goes first, so that neither always follows the other.
            double d, c;
            if (round % 2 == 0)
            {
                d = await DirectAsync();
                c = await ClickAsync(source);
            }
            else
            {
                c = await ClickAsync(source);
                d = await DirectAsync();
            }

            direct.Add(d);
            click.Add(c);
            ratios.Add(c / d);
        }

        var ratio = Median(ratios);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"click/direct={ratio:0.000} (median of {Rounds} rounds; direct median {Median(direct):0.0} ms, click median {Median(click):0.0} ms; per round: {string.Join(' ', ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))})"));
        Assert.True(
            ratio <= MostClickPerDirect,
            string.Create(CultureInfo.InvariantCulture, $"the click took {ratio:0.000} times a tab opened on the service's URL prefix (at most {MostClickPerDirect}); rounds: {string.Join(' ', ratios)}"));
    }

    /// <summary>A new tab on the service's URL prefix, as a reader's typed or bookmarked address: until the paper's page has loaded.</summary>
    private async Task<double> DirectAsync()
    {
        var clock = Stopwatch.StartNew();
        var page = await Browser.Context.NewPageAsync();
        await page.GotoAsync($"{ServiceOrigin}/{FixtureSites.ArxivAbstract}", new() { WaitUntil = WaitUntilState.Load });
        await ArrivedAsync(page);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        await page.CloseAsync();
        return elapsed;
    }

    /// <summary>The menu's item on the abstract page: until the tab it opens has loaded the paper's page.</summary>
    private async Task<double> ClickAsync(IPage source)
    {
        var menuClick = await Browser.PrepareMenuClickAsync(source, MenuClick.OnPage());
        var clock = Stopwatch.StartNew();
        var page = await NewTabFromAsync(menuClick);
        await ArrivedAsync(page);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        await page.CloseAsync();
        return elapsed;
    }

    private async Task ArrivedAsync(IPage page)
    {
        await page.WaitForURLAsync(Fixture.Site.OriginText + PaperPath, new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(PaperPath, await page.Locator("#paper").TextContentAsync());
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
