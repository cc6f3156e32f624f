using System.Net;

namespace Redirector.Tests.Gateway;

/// <summary>
/// The site builds links (and caches may key pages) from X-Forwarded-Host, so only the door's public hosts reach it:
/// the host of Redirector:Target and those listed in Redirector:AllowedHosts, always with the Target's port.
/// Load balancers and Kubernetes probe by IP, so /healthz and /readyz answer whatever the Host.
/// </summary>
public sealed class HostPolicyTests
{
    [Theory]
    [InlineData("GET", "/arxiv/cs.AI")]
    [InlineData("GET", "/about")]
    [InlineData("POST", "/api/echo")]
    [InlineData("GET", "/arXiv:2401.12345v2")]
    [InlineData("POST", "/healthz")] // only the probes' reads are exempt
    public async Task A_host_the_door_does_not_serve_gets_a_400_and_nothing_reaches_the_site(string method, string path)
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Host = "evil.example";

        var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(gateway.Upstream.Received);
    }

    [Theory]
    [InlineData("door.example:8443")]
    [InlineData("DOOR.example")]
    public async Task The_site_is_told_the_public_host_as_configured_whatever_port_or_case_the_client_wrote(string host)
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Host = host;

        await gateway.Client.SendAsync(request);

        Assert.Equal(GatewayHost.DoorHost, gateway.Upstream.Received.Last().Headers["X-Forwarded-Host"]);
    }

    [Fact]
    public async Task A_forwarded_host_claimed_by_the_client_is_replaced()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Redirector:TrustedProxies:0"] = "127.0.0.1" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        await gateway.Client.SendAsync(request);

        Assert.Equal(GatewayHost.DoorHost, gateway.Upstream.Received.Last().Headers["X-Forwarded-Host"]);
    }

    [Fact]
    public async Task Hosts_the_operator_lists_are_served_and_passed_on_with_the_targets_port()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:Target"] = "http://door.example:8080",
            ["Redirector:AllowedHosts:0"] = "www.door.example",
            ["Redirector:AllowedHosts:1"] = "*.mirror.example",
            // Written as a person would, in capitals and with its umlaut; browsers send its lower-case punycode.
            ["Redirector:AllowedHosts:2"] = "BÜCHER.example",
        });

        foreach (var (host, expected) in new[]
        {
            ("door.example:8080", "door.example:8080"),
            ("www.door.example:8080", "www.door.example:8080"),
            ("eu.mirror.example", "eu.mirror.example:8080"),
            ("xn--bcher-kva.example", "xn--bcher-kva.example:8080"),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
            request.Headers.Host = host;
            var response = await gateway.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, gateway.Upstream.Received.Last().Headers["X-Forwarded-Host"]);
        }
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_probes_answer_whatever_the_host(string path)
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "10.1.2.3:8080";

        var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
