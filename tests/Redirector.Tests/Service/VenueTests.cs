using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Redirector.Tests.Service;

/// <summary>CVF, AAAI and USENIX papers, the site's own addresses, and venues or publishers without a usable id.</summary>
public sealed class VenueTests : IClassFixture<RedirectorFactory>
{
    private const string Target = RedirectorFactory.DefaultTarget;

    private readonly HttpClient _client;

    public VenueTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/https://openaccess.thecvf.com/content/CVPR2024/html/Smith_Some_Title_CVPR_2024_paper.html", "/venue/Smith_Some_Title@CVPR2024@CVF")]
    [InlineData("/https://openaccess.thecvf.com/content/ICCV2023/papers/Kirillov_Segment_Anything_ICCV_2023_paper.pdf", "/venue/Kirillov_Segment_Anything@ICCV2023@CVF")]
    [InlineData("/https://ojs.aaai.org/index.php/AAAI/article/view/28888/29991", "/venue/28888@AAAI")]
    [InlineData("/https://www.usenix.org/conference/usenixsecurity24/presentation/xu-haichuan", "/venue/xu-haichuan@usenixsecurity24@USENIX")]
    [InlineData("/venue/Smith_Some_Title@cvpr2024@cvf", "/venue/Smith_Some_Title@CVPR2024@CVF")]
    public async Task New_venue_papers_redirect_to_their_venue_page(string path, string expected)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(Target + expected, HttpAssert.RedirectLocation(response));
    }

    [Fact]
    public async Task Api_names_the_new_sources()
    {
        var q = Uri.EscapeDataString(
            "https://openaccess.thecvf.com/content/CVPR2024/html/Smith_Some_Title_CVPR_2024_paper.html "
            + "https://ojs.aaai.org/index.php/AAAI/article/view/36963 https://www.usenix.org/conference/osdi23/presentation/zhang-yi");
        var body = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/ids?q={q}", UriKind.Relative));

        var sources = body.GetProperty("ids").EnumerateArray().Select(id => id.GetProperty("source").GetString()!).ToArray();
        Assert.Equal("cvf,aaai,usenix", string.Join(',', sources));
        Assert.Equal($"{Target}/venue/Smith_Some_Title@CVPR2024@CVF,36963@AAAI,zhang-yi@osdi23@USENIX", body.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/https://papers.cool/venue/ICML.2025", "/venue/ICML.2025")]
    [InlineData("/papers.cool/arxiv/cs.AI", "/arxiv/cs.AI")]
    [InlineData("/https://papers.cool/arxiv/search?highlight=1&query=diffusion", "/arxiv/search?highlight=1&query=diffusion")]
    [InlineData("/https://www.papers.cool/arxiv/search?query=2401.12345", "/arxiv/search?query=2401.12345")]
    [InlineData("/https://papers.cool/arxiv/arXiv:2401.12345v2", "/arxiv/2401.12345")]
    [InlineData("/https://papers.cool", "/")]
    [InlineData("/redirector/go?q=https%3A%2F%2Fpapers.cool%2Fvenue%2FICML.2025", "/venue/ICML.2025")]
    public async Task The_sites_own_addresses_lead_to_the_same_page(string path, string expected)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(Target + expected, HttpAssert.RedirectLocation(response));
    }

    [Theory]
    [InlineData("/https://papers.cool.example.com/venue/ICML.2025")]
    [InlineData("/https://papers.cool@example.com/venue/ICML.2025")]
    [InlineData("/https://notpapers.cool/venue/ICML.2025")]
    public async Task Hosts_that_only_resemble_the_site_are_not_its_addresses(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_listed_venue_without_an_id_offers_the_venue_search_by_title()
    {
        var response = await GetHtmlAsync(
            "/https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("NeurIPS is listed on Cool Papers", page.QuerySelector("h1")?.TextContent);
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal(Target + "/venue/search", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=query]"));
        Assert.Contains($"form-action 'self' {Target};", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publisher_the_site_never_collects_is_named_in_words()
    {
        var response = await GetHtmlAsync("/https://dl.acm.org/doi/10.1145/3292500.3330701?x=%3Cscript%3Ealert(1)%3C/script%3E");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Cool Papers does not list papers from dl.acm.org", page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal(Target + "/arxiv/search", page.QuerySelector("form[role=search]")?.GetAttribute("action"));
    }

    [Theory]
    [InlineData("/https://www.ecva.net/papers/eccv_2024/papers_ECCV/html/1234_ECCV_2024_paper.php", "ECCV", null)]
    [InlineData("/https://ieeexplore.ieee.org/document/9157301", null, "ieeexplore.ieee.org")]
    public async Task Api_clients_get_problem_json_naming_the_venue_or_publisher(string path, string? venue, string? publisher)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (venue is not null)
        {
            Assert.Equal(venue, problem.GetProperty("venue").GetString());
            Assert.Equal(Target + "/venue/search?query=", problem.GetProperty("search").GetString());
        }
        else
        {
            Assert.Equal(publisher, problem.GetProperty("publisher").GetString());
            Assert.Contains(publisher!, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> GetHtmlAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return await _client.SendAsync(request);
    }
}
