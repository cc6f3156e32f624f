using System.Net.Http.Headers;

namespace Redirector.Tests.Gateway;

/// <summary>
/// Whatever the door answers itself says what it is (nosniff), so no browser reads an echoed input as a script;
/// the site's own responses are passed on as the site sent them.
/// </summary>
public sealed class DoorResponseHeaderTests
{
    [Theory]
    [InlineData("/arXiv:2401.12345v2", null)]
    [InlineData("/redirector", "text/html")]
    [InlineData("/redirector/go", null)]
    [InlineData("/api/ids?q=2401.12345", null)]
    [InlineData("/api/ids", null)]
    [InlineData("/healthz", null)]
    [InlineData("/readyz", null)]
    [InlineData("/2401.00001,2401.00002,2401.00003", null)]
    public async Task Answers_made_at_the_door_carry_nosniff(string path, string? accept)
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Redirector:MaxIds"] = "2" });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await gateway.Client.SendAsync(request);

        Assert.Equal("nosniff", NoSniff(response));
    }

    [Fact]
    public async Task Refusals_and_failures_at_the_door_carry_nosniff()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = "1",
            ["Redirector:RateLimit:PerSecond"] = "1",
        });
        using var otherHost = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        otherHost.Headers.Host = "evil.example";

        var refused = await gateway.Client.SendAsync(otherHost);
        await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative));
        var limited = await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative));
        await gateway.Upstream.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a new token in the bucket
        var down = await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative));

        Assert.Equal((400, "nosniff"), ((int)refused.StatusCode, NoSniff(refused)));
        Assert.Equal((429, "nosniff"), ((int)limited.StatusCode, NoSniff(limited)));
        Assert.Equal((502, "nosniff"), ((int)down.StatusCode, NoSniff(down)));
    }

    [Fact]
    public async Task The_sites_responses_keep_their_own_headers()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await gateway.Client.GetAsync(new Uri("/arxiv/cs.AI", UriKind.Relative));

        Assert.Equal("fake", response.Headers.GetValues("X-Site").Single());
        Assert.Null(NoSniff(response));
    }

    private static string? NoSniff(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Content-Type-Options", out var values) ? string.Join(", ", values) : null;
}
