using System.Net;

namespace Redirector.Tests.Gateway;

/// <summary>Addresses of other sites are no pages of the site behind the door: the door answers them itself.</summary>
public sealed class VenueAtTheDoorTests
{
    [Theory]
    [InlineData("/https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html", "NeurIPS is listed on Cool Papers")]
    [InlineData("/https://dl.acm.org/doi/10.1145/3292500.3330701", "Cool Papers does not list papers from dl.acm.org")]
    public async Task Listed_venues_and_publishers_are_explained_at_the_door(string path, string heading)
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(gateway.Upstream.Received);
    }

    [Fact]
    public async Task The_sites_own_address_as_a_prefix_goes_to_that_page_through_the_door()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await gateway.Client.GetAsync(new Uri("/https://papers.cool/venue/ICML.2025", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(GatewayHost.DoorOrigin + "/venue/ICML.2025", response.Headers.Location?.OriginalString);
        Assert.Empty(gateway.Upstream.Received);
    }

    [Fact]
    public async Task The_landing_pages_form_is_answered_at_the_door_not_sent_to_the_site()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("q", "see arXiv:2401.12345")]);

        var response = await gateway.Client.PostAsync(new Uri("/redirector/go", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(GatewayHost.DoorOrigin + "/arxiv/2401.12345", response.Headers.Location?.OriginalString);
        Assert.Empty(gateway.Upstream.Received);
    }
}
