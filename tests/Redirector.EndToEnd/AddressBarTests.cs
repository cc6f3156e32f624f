using Redirector.EndToEnd.Infrastructure;

namespace Redirector.EndToEnd;

/// <summary>The service on its own: its address typed in front of a paper's URL, with no extension involved.</summary>
public sealed class AddressBarTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("/https://arxiv.org/abs/2401.12345v2", "/arxiv/2401.12345")]
    [InlineData("/arxiv.org/pdf/hep-th/9901001v2", "/arxiv/hep-th/9901001")]
    [InlineData("/https://openreview.net/forum?id=LcF-EEt8cCC&referrer=x", "/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData("/arXiv:2401.12345,2312.00001", "/arxiv/2401.12345,2312.00001")]
    public async Task The_service_prefix_in_front_of_a_paper_url_lands_on_the_paper(string typed, string expectedPath)
    {
        var page = await Browser.Context.NewPageAsync();

        await page.GotoAsync(ServiceOrigin + typed);

        await ExpectPaperPageAsync(page, expectedPath);
    }
}
