namespace Redirector.Tests.Service;

/// <summary>The site's own URL space: paper lists are normalised, every other site page passes through unchanged.</summary>
public sealed class ArxivAndVenuePathTests : IClassFixture<RedirectorFactory>
{
    private readonly HttpClient _client;

    public ArxivAndVenuePathTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/arxiv/arXiv:2401.12345v2", "/arxiv/2401.12345")]
    [InlineData("/arxiv/2401.12345v2,2312.00001v1", "/arxiv/2401.12345,2312.00001")]
    [InlineData("/arxiv/1406.02661", "/arxiv/1406.2661")]
    [InlineData("/arxiv/HEP-TH/9901001", "/arxiv/hep-th/9901001")]
    [InlineData("/arxiv/math.GT/0309136", "/arxiv/math/0309136")]
    [InlineData("/arxiv/https://arxiv.org/abs/2401.12345?context=cs.LG", "/arxiv/2401.12345")]
    [InlineData("/venue/https://openreview.net/forum?id=LcF-EEt8cCC&noteId=x", "/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData("/venue/0123@2023@ijcai", "/venue/123@2023@IJCAI")]
    [InlineData("/venue/chen23a@V202@pmlr", "/venue/chen23a@v202@PMLR")]
    [InlineData("/venue/2401.12345", "/arxiv/2401.12345")]
    public async Task Raw_ids_are_normalised(string request, string expectedPath)
    {
        var response = await _client.GetAsync(new Uri(request, UriKind.Relative));

        Assert.Equal(RedirectorFactory.DefaultTarget + expectedPath, HttpAssert.RedirectLocation(response));
    }

    [Theory]
    [InlineData("/arxiv/2401.12345")]
    [InlineData("/arxiv/2401.12345,2312.00001")]
    [InlineData("/arxiv/hep-th/9901001")]
    [InlineData("/arxiv/cs.AI")]
    [InlineData("/arxiv/cs.AI,cs.CL")]
    [InlineData("/arxiv/cs.AI+cs.LG-cs.CY")]
    [InlineData("/arxiv/cs.AI/feed")]
    [InlineData("/arxiv/search?highlight=1&query=diffusion")]
    [InlineData("/arxiv/search?highlight=1&query=2401.12345")]
    [InlineData("/venue/ICML.2025")]
    [InlineData("/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData("/venue/search?query=graph%20neural")]
    public async Task Canonical_paths_and_site_pages_pass_through_with_their_query(string request)
    {
        var response = await _client.GetAsync(new Uri(request, UriKind.Relative));

        Assert.Equal(RedirectorFactory.DefaultTarget + request, HttpAssert.RedirectLocation(response));
    }
}
