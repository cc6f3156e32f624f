using System.Globalization;
using System.Text.Json;
using Redirector.EndToEnd.Infrastructure;
using Xunit.Abstractions;

namespace Redirector.EndToEnd;

/// <summary>
/// The extension's click against the browser's own way to the same page, in the same browser run: a tab opened
/// straight on the service's URL prefix (<c>{service}/https://arxiv.org/abs/…</c>) and the page's menu click, each
/// timed from the moment it starts until the tab it opens has loaded the paper's page on the site. The service is
/// self-hosted on loopback, so the click includes the extension's check that the address answers.
/// <para>
/// Timed inside the browser, in the extension's worker, from the tab's creation to its load: the test driver's own
/// round trips would otherwise be most of each side's time and pull the ratio towards 1. A ratio rather than a time,
/// so that a slow or busy machine slows both sides alike; the median of several rounds, the sides alternating, so that
/// one disturbed round does not decide: the ratio asserted is the click's median over the direct tab's median.
/// </para>
/// </summary>
public sealed class ClickRatioTests(EndToEndFixture fixture, ITestOutputHelper output) : BrowserTest(fixture)
{
    private const int Rounds = 25;
    private const double MostClickPerDirect = 1.2;
    private const string PaperPath = "/arxiv/2401.12345";

    // Starts one side and resolves with the milliseconds until the tab it opened has loaded, and that tab's id.
    // Without the "tabs" permission tabs.onUpdated still reports a tab's status, which is all this needs.
    private const string TimeOneOpening = """
        async ({ direct, url, tabId, pageUrl, title, info }) => {
          // What Chrome hands the menu's listener: the clicked tab, with the address and title its click grants.
          const tab = direct ? null : { ...(await chrome.tabs.get(tabId)), url: pageUrl, title };
          let opened;
          const start = performance.now();
          const loaded = new Promise((resolve) => {
            const created = (newTab) => {
              opened ??= newTab.id;
              chrome.tabs.onCreated.removeListener(created);
            };
            const updated = (tabId, change) => {
              if (tabId !== opened || change.status !== 'complete') return;
              chrome.tabs.onUpdated.removeListener(updated);
              resolve({ ms: performance.now() - start, tabId });
            };
            chrome.tabs.onCreated.addListener(created);
            chrome.tabs.onUpdated.addListener(updated);
          });
          if (direct) chrome.tabs.create({ url });
          else chrome.contextMenus.onClicked.dispatch(info, tab);
          return await loaded;
        }
        """;

    [Fact]
    public async Task The_click_takes_at_most_1_2_times_a_tab_opened_on_the_service_prefix()
    {
        var source = await Browser.OpenAsync(FixtureSites.ArxivAbstract);
        var clicked = await Browser.TabAsync(source);
        var title = await source.TitleAsync();
        var info = MenuClick.OnPage().ToOnClickData(source.Url);
        var direct = new { direct = true, url = $"{ServiceOrigin}/{FixtureSites.ArxivAbstract}", tabId = 0, pageUrl = string.Empty, title, info };
        var click = new { direct = false, url = string.Empty, tabId = clicked.Id, pageUrl = source.Url, title, info };

        // One of each first: the worker, the service's and the site's first requests and the browser's caches warm.
        await OpenAsync(direct);
        await OpenAsync(click);

        var ratios = new List<double>();
        var directTimes = new List<double>();
        var clickTimes = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            // Alternate which goes first, so that neither always follows the other.
            var firstDirect = round % 2 == 0;
            var a = await OpenAsync(firstDirect ? direct : click);
            var b = await OpenAsync(firstDirect ? click : direct);
            var (d, c) = firstDirect ? (a, b) : (b, a);
            directTimes.Add(d);
            clickTimes.Add(c);
            ratios.Add(c / d);
        }

        // The ratio of the two medians: the median of per-round ratios leans above 1 whenever rounds are noisy, as a
        // ratio of two independent noisy times does; it is printed beside it.
        var ratio = Median(clickTimes) / Median(directTimes);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"click/direct={ratio:0.000} (medians of {Rounds} rounds; median of per-round ratios {Median(ratios):0.000}; direct median {Median(directTimes):0.0} ms, click median {Median(clickTimes):0.0} ms; per round: {string.Join(' ', ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))})"));
        Assert.True(
            ratio <= MostClickPerDirect,
            string.Create(CultureInfo.InvariantCulture, $"the click took {ratio:0.000} times a tab opened on the service's URL prefix (at most {MostClickPerDirect}); rounds: {string.Join(' ', ratios)}"));
    }

    /// <summary>One side, timed in the browser; the tab it opened must show the paper's page, and is closed after.</summary>
    private async Task<double> OpenAsync(object side)
    {
        var requestsBefore = Fixture.Site.Requests.Count;
        var opening = await Browser.EvaluateInWorkerAsync<JsonElement>(TimeOneOpening, side);
        // The site was asked for the paper (and perhaps, after it, for its icon).
        Assert.Contains(PaperPath, Fixture.Site.Requests.Skip(requestsBefore));
        await Browser.EvaluateInWorkerAsync("(tabId) => chrome.tabs.remove(tabId)", opening.GetProperty("tabId").GetInt32());
        return opening.GetProperty("ms").GetDouble();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
