using System.Net;
using System.Text;
using Redirector.Tests.PaperIds;

namespace Redirector.Tests.Service;

public sealed class PrefixRouteTests : IClassFixture<RedirectorFactory>
{
    private readonly HttpClient _client;

    public PrefixRouteTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/https://arxiv.org/abs/2401.12345v2", "/arxiv/2401.12345")]
    [InlineData("/arxiv.org/pdf/2401.12345.pdf", "/arxiv/2401.12345")]
    [InlineData("/https://openreview.net/forum?id=LcF-EEt8cCC&referrer=x", "/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData("/https://openreview.net/forum?referrer=x&id=LcF-EEt8cCC", "/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData("/arXiv:2401.12345", "/arxiv/2401.12345")]
    [InlineData("/2401.12345,2312.00001", "/arxiv/2401.12345,2312.00001")]
    [InlineData("/https%3A%2F%2Farxiv.org%2Fabs%2F2401.12345", "/arxiv/2401.12345")]
    [InlineData("/https://arxiv.org/abs/hep-th/9901001v2", "/arxiv/hep-th/9901001")]
    [InlineData("/https://doi.org/10.48550/arXiv.2401.12345", "/arxiv/2401.12345")]
    [InlineData("/https://proceedings.mlr.press/v202/chen23a/chen23a.pdf", "/venue/chen23a@v202@PMLR")]
    [InlineData("/https://www.ijcai.org/proceedings/2023/0123.pdf", "/venue/123@2023@IJCAI")]
    [InlineData("/https://aclanthology.org/2023.acl-long.1/", "/venue/2023.acl-long.1@ACL")]
    [InlineData("/arXiv%EF%BC%9A%EF%BC%92%EF%BC%94%EF%BC%90%EF%BC%91%EF%BC%8E%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95", "/arxiv/2401.12345")]
    public async Task Redirects_a_url_or_id_typed_after_the_address(string request, string expectedPath)
    {
        var response = await _client.GetAsync(new Uri(request, UriKind.Relative));

        Assert.Equal(RedirectorFactory.DefaultTarget + expectedPath, HttpAssert.RedirectLocation(response));
    }

    [Theory]
    [MemberData(nameof(Vectors.ExtractNonEmpty), MemberType = typeof(Vectors))]
    public async Task Every_vector_typed_after_the_address_lands_on_its_papers_or_a_404(string input, string[] expected)
    {
        var response = await _client.GetAsync(new Uri("/" + EscapeLikeABrowser(input), UriKind.Relative));

        if (expected.Length == 0 && input.StartsWith(RedirectorFactory.DefaultTarget + "/", StringComparison.Ordinal))
        {
            // The site's own pages without paper ids (/arxiv/cs.AI) are still its pages.
            Assert.Equal(input, HttpAssert.RedirectLocation(response));
            return;
        }

        if (expected.Length == 0)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            return;
        }

        var arxiv = expected.Where(id => !id.Contains('@', StringComparison.Ordinal)).ToArray();
        var venue = expected.Where(id => id.Contains('@', StringComparison.Ordinal)).ToArray();
        if (arxiv.Length > 0 && venue.Length > 0)
        {
            // The two kinds live on separate pages: both are offered, the kind named first first.
            Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
            var pages = new[] { "/arxiv/" + string.Join(',', arxiv), "/venue/" + string.Join(',', venue) };
            if (expected[0].Contains('@', StringComparison.Ordinal))
            {
                Array.Reverse(pages);
            }

            var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(pages.Select(page => RedirectorFactory.DefaultTarget + page), problem.GetProperty("urls").EnumerateArray().Select(url => url.GetString()));
            return;
        }

        var path = arxiv.Length > 0 ? "/arxiv/" + string.Join(',', arxiv) : "/venue/" + string.Join(',', expected);
        Assert.Equal(RedirectorFactory.DefaultTarget + path, HttpAssert.RedirectLocation(response));
    }

    [Fact]
    public async Task Head_requests_redirect_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/arXiv:2401.12345v3");
        var response = await _client.SendAsync(request);

        Assert.Equal("https://papers.cool/arxiv/2401.12345", HttpAssert.RedirectLocation(response));
    }

    [Fact]
    public async Task The_landing_form_redirects_like_the_prefix()
    {
        var response = await _client.GetAsync(new Uri("/redirector/go?q=" + Uri.EscapeDataString("see arXiv:2401.12345v2"), UriKind.Relative));

        Assert.Equal("https://papers.cool/arxiv/2401.12345", HttpAssert.RedirectLocation(response));
    }

    [Fact]
    public async Task The_landing_form_without_input_is_a_400()
    {
        var response = await _client.GetAsync(new Uri("/redirector/go?q=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>What a browser's address bar sends: spaces, '#' and non-ASCII escaped, everything else as typed.</summary>
    internal static string EscapeLikeABrowser(string input)
    {
        var escaped = new StringBuilder();
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in input.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value > ' ' && rune.Value != '#' && rune.Value != 0x7f)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
