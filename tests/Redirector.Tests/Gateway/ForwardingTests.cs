using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Redirector.Tests.Service;

namespace Redirector.Tests.Gateway;

/// <summary>The site's pages arrive through the door as the site sent them; ids are still answered at the door.</summary>
public sealed class ForwardingTests
{
    [Theory]
    [InlineData("/arxiv/2401.12345")]
    [InlineData("/arxiv/2401.12345,2312.00001")]
    [InlineData("/arxiv/cs.AI?sort=new")]
    [InlineData("/arxiv/search?highlight=1&query=2401.12345")]
    public async Task Canonical_paths_and_site_pages_arrive_byte_for_byte(string path)
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var direct = new HttpClient();
        var expected = await direct.GetAsync(new Uri(gateway.Upstream.Origin + path));

        var actual = await gateway.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected.StatusCode, actual.StatusCode);
        Assert.Equal(await expected.Content.ReadAsByteArrayAsync(), await actual.Content.ReadAsByteArrayAsync());
        foreach (var (name, values) in expected.Headers.Concat(expected.Content.Headers))
        {
            if (name is "Date" or "Server" or "Transfer-Encoding")
            {
                continue; // hop-by-hop or stamped by whichever server answers
            }

            Assert.True(actual.Headers.TryGetValues(name, out var got) || actual.Content.Headers.TryGetValues(name, out got), $"{name} missing");
            Assert.Equal(values, got);
        }

        var received = gateway.Upstream.Received.Last();
        Assert.Equal(path.Split('?')[0], received.Path);
        Assert.Equal(path.Contains('?', StringComparison.Ordinal) ? "?" + path.Split('?')[1] : string.Empty, received.Query);
    }

    [Fact]
    public async Task Forwarded_requests_carry_forwarded_headers()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/2401.12345");
        request.Headers.Add("X-Custom", "kept");

        await gateway.Client.SendAsync(request);

        var received = gateway.Upstream.Received.Last();
        Assert.Equal("kept", received.Headers["X-Custom"]);
        Assert.True(received.Headers.ContainsKey("X-Forwarded-For"));
        Assert.Equal("http", received.Headers["X-Forwarded-Proto"]);
        Assert.Equal(GatewayHost.DoorHost, received.Headers["X-Forwarded-Host"]);
    }

    [Fact]
    public async Task Posts_go_to_the_site_with_their_body_and_headers()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/echo?x=1")
        {
            Content = new StringContent("{\"q\":\"2401.12345\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Custom", "abc");

        var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"q\":\"2401.12345\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("abc", response.Headers.GetValues("X-Echo-Header").Single());
        var received = gateway.Upstream.Received.Last();
        Assert.Equal(("POST", "/api/echo", "?x=1"), (received.Method, received.Path, received.Query));
    }

    [Theory]
    [InlineData("/arxiv/arXiv:2401.12345v2", "/arxiv/2401.12345")]
    [InlineData("/https://arxiv.org/abs/2401.12345v2", "/arxiv/2401.12345")]
    [InlineData("/https://openreview.net/forum?id=LcF-EEt8cCC", "/venue/LcF-EEt8cCC@OpenReview")]
    [InlineData("/venue/0123@2023@ijcai", "/venue/123@2023@IJCAI")]
    public async Task Raw_ids_and_prefixes_are_answered_at_the_door_without_the_upstream(string path, string canonical)
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await gateway.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(GatewayHost.DoorOrigin + canonical, HttpAssert.RedirectLocation(response));
        Assert.Empty(gateway.Upstream.Received);
    }

    [Fact]
    public async Task The_home_page_is_the_sites_and_the_landing_page_moves_aside()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var home = await gateway.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var landing = await gateway.Client.GetStringAsync(new Uri("/redirector", UriKind.Relative));

        Assert.Contains("Home of the site", home, StringComparison.Ordinal);
        Assert.Contains("Cool Papers Redirector", landing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sites_own_empty_error_stays_as_the_site_sent_it()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await gateway.Client.GetAsync(new Uri("/static/empty-404", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_sites_5xx_is_passed_on_as_the_site_sent_it()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await gateway.Client.GetAsync(new Uri("/unavailable", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("maintenance", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_paths_without_ids_go_to_the_site_instead_of_a_404_page()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/about");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        await gateway.Client.SendAsync(request);

        Assert.Equal("/about", gateway.Upstream.Received.Last().Path);
    }
}
