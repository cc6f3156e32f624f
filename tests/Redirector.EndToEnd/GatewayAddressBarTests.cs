using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>
/// Gateway mode seen from the browser: the service is the site's front door, so a URL prefix typed in the
/// address bar is redirected at the door and the paper page then arrives through it, from the site behind.
/// </summary>
public sealed class GatewayAddressBarTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("/https://arxiv.org/abs/2401.12345v2", "/arxiv/2401.12345")]
    [InlineData("/arxiv/arXiv:hep-th/9901001v3", "/arxiv/hep-th/9901001")]
    [InlineData("/https://openreview.net/forum?id=LcF-EEt8cCC&referrer=x", "/venue/LcF-EEt8cCC@OpenReview")]
    public async Task The_paper_page_arrives_through_the_door(string typed, string expectedPath)
    {
        var (gateway, door) = StartDoor();
        await using var _ = gateway;
        var page = await Browser.Context.NewPageAsync();

        await page.GotoAsync(door + typed);

        await ExpectPaperPageAsync(page, expectedPath, door);
        Assert.Contains(expectedPath, Fixture.Site.Requests);
    }

    [Fact]
    public async Task The_extension_pointed_at_the_door_opens_papers_through_it()
    {
        var (gateway, door) = StartDoor();
        await using var _ = gateway;
        await Browser.EvaluateInWorkerAsync("(serviceUrl) => chrome.storage.sync.set({ serviceUrl })", door);
        var page = await Browser.OpenAsync(FixtureSites.ReadingNotes);
        var selected = await SelectTextAsync(page, "#two-ids");

        var opened = await NewTabFromAsync(() => Browser.ClickMenuItemAsync(page, MenuClick.OnSelection(selected)));

        // The extension asks the door for the canonical list, which the door forwards as it is.
        await ExpectPaperPageAsync(opened, "/arxiv/2401.12345,2312.00001", door);
        await ExpectNoWorkerErrorsAsync();
    }

    // The door's Target is its own public origin, so its port must be known before it starts.
    private (RedirectService Gateway, string Door) StartDoor()
    {
        var port = FreePort();
        var door = $"http://127.0.0.1:{port}";
        var gateway = RedirectService.Start(
            new Dictionary<string, string?>
            {
                ["Redirector:Upstream"] = Fixture.Site.OriginText,
                ["Redirector:Target"] = door,
            },
            port);
        return (gateway, door);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
