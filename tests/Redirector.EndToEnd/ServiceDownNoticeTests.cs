using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// The notice shown when the reader's own service does not answer, in the real worker: a click on its button or on
/// the notice itself opens the papers on papers.cool. (Chrome raises the notification's click events in the worker;
/// the test raises them there, as it does a menu's.)
/// </summary>
public sealed class ServiceDownNoticeTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("onButtonClicked")]
    [InlineData("onClicked")]
    public async Task A_click_on_the_notice_opens_the_papers_on_papers_cool(string clickEvent)
    {
        // A self-hosted address where nothing listens (the discard port refuses connections here).
        await Browser.EvaluateInWorkerAsync("() => chrome.storage.sync.set({ serviceUrl: 'http://127.0.0.1:9' })");
        await Browser.Context.RouteAsync("https://papers.cool/**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<title>papers.cool</title>" }));
        try
        {
            var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
            await Browser.ClickMenuItemAsync(page, MenuClick.OnSelection("arXiv:2401.12345"));
            await Eventually.WaitAsync(
                async () => (await Browser.RecordsAsync()).Notifications,
                notices => notices.Any(notice => notice.Contains("service-down", StringComparison.Ordinal)),
                BrowserSession.Patience,
                "the notice that the address does not answer");

            var opened = await NewTabFromAsync(() => Browser.EvaluateInWorkerAsync(
                $"() => {{ chrome.notifications.{clickEvent}.dispatch('service-down', 0); }}"));

            await Assertions.Expect(opened).ToHaveURLAsync("https://papers.cool/arxiv/2401.12345");
            await ExpectNoWorkerErrorsAsync();
        }
        finally
        {
            await Browser.Context.UnrouteAsync("https://papers.cool/**");
        }
    }
}
