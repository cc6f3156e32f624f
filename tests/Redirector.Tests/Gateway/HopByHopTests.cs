namespace Redirector.Tests.Gateway;

/// <summary>
/// What belongs to one connection stays on it (RFC 9110 section 7.6.1), and what describes the client's connection
/// reaches the site only as the door states it.
/// </summary>
public sealed class HopByHopTests
{
    // Every form RFC 9110 allows a Connection header: a list of names, with the connection's own options among them,
    // on one line or several, with empty elements and white space around commas.
    [Theory]
    [InlineData("Connection: X-Secret, x-also-secret")]
    [InlineData("Connection: keep-alive, X-Secret, X-Also-Secret")]
    [InlineData("Connection: X-Secret, close, X-Also-Secret")]
    [InlineData("Connection: Upgrade, X-Secret, X-Also-Secret")]
    [InlineData("Connection: X-Secret\r\nConnection: X-Also-Secret")]
    [InlineData("Connection: keep-alive\r\nConnection: X-Secret, X-Also-Secret")]
    [InlineData("Connection: X-Secret, keep-alive\r\nConnection: close\r\nConnection: X-Also-Secret")]
    [InlineData("Connection: ,X-Secret ,, KEEP-ALIVE,\tX-Also-Secret,")]
    public async Task Headers_the_client_names_in_connection_stop_at_the_door(string connection)
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await RawHttp.SendAsync(
            gateway.Address,
            $"GET /arxiv/cs.AI HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\n{connection}\r\nX-Secret: for the door only\r\nX-Also-Secret: this too\r\nX-Kept: for the site\r\n\r\n");

        Assert.Equal(200, response.Status);
        var received = Assert.Single(gateway.Upstream.Received);
        Assert.False(received.Headers.ContainsKey("X-Secret"), "X-Secret was named in Connection but reached the site");
        Assert.False(received.Headers.ContainsKey("X-Also-Secret"), "X-Also-Secret was named in Connection but reached the site");
        Assert.Equal("for the site", received.Headers["X-Kept"]);
    }

    [Fact]
    public async Task Headers_the_site_names_in_connection_stop_at_the_door()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var direct = new HttpClient();
        var fromSite = await direct.GetAsync(new Uri(gateway.Upstream.Origin + "/hop-by-hop"));
        Assert.Equal("internal", fromSite.Headers.GetValues("X-Upstream-Hop").Single());

        var response = await gateway.Client.GetAsync(new Uri("/hop-by-hop", UriKind.Relative));

        Assert.False(response.Headers.Contains("X-Upstream-Hop"), "X-Upstream-Hop was named in Connection but reached the client");
        Assert.Equal("fake", response.Headers.GetValues("X-Site").Single());
    }

    [Fact]
    public async Task What_the_client_claims_about_its_connection_never_reaches_the_site()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Add("Forwarded", "for=198.51.100.1;host=evil.example;proto=https");
        request.Headers.Add("X-Forwarded-Port", "8443");
        request.Headers.Add("X-Forwarded-Server", "evil.example");
        request.Headers.Add("X-Original-For", "198.51.100.1:1234");
        request.Headers.Add("X-Original-Host", "evil.example");
        request.Headers.Add("X-Real-IP", "198.51.100.1");

        await gateway.Client.SendAsync(request);

        var received = gateway.Upstream.Received.Last();
        string[] claims = ["Forwarded", "X-Forwarded-Port", "X-Forwarded-Server", "X-Original-For", "X-Original-Host", "X-Real-IP"];
        Assert.Equal([], claims.Where(received.Headers.ContainsKey).ToArray());
        Assert.Equal("127.0.0.1", received.Headers["X-Forwarded-For"]);
    }

    [Theory]
    [InlineData("True-Client-IP")]
    [InlineData("CF-Connecting-IP")]
    [InlineData("CF-Connecting-IPv6")]
    [InlineData("X-Client-IP")]
    [InlineData("Client-IP")]
    [InlineData("X-Cluster-Client-IP")]
    [InlineData("Fastly-Client-IP")]
    [InlineData("X-Original-Forwarded-For")]
    [InlineData("X-ProxyUser-IP")]
    [InlineData("X-Envoy-External-Address")]
    [InlineData("X-Azure-ClientIP")]
    [InlineData("X-Appengine-User-IP")]
    [InlineData("X-Originating-IP")]
    [InlineData("X-Remote-Addr")]
    // Some servers read an underscore as a hyphen (CGI's HTTP_X_FORWARDED_FOR is either).
    [InlineData("X_Forwarded_For")]
    [InlineData("X_Real_IP")]
    [InlineData("True_Client_IP")]
    [InlineData("x_forwarded-host")]
    public async Task Client_address_claims_under_other_names_never_reach_the_site(string name)
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await RawHttp.SendAsync(
            gateway.Address,
            $"GET /arxiv/cs.AI HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\n{name}: 198.51.100.1\r\nX-Kept: for the site\r\n\r\n");

        Assert.Equal(200, response.Status);
        var received = Assert.Single(gateway.Upstream.Received);
        Assert.DoesNotContain(received.Headers.Keys, key => key.Equals(name, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("127.0.0.1", received.Headers["X-Forwarded-For"]);
        Assert.Equal("for the site", received.Headers["X-Kept"]);
    }

    [Fact]
    public async Task An_operator_can_name_more_claims_to_drop()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Redirector:ClientAddressHeaders:0"] = "X-Our-Cdn-Client" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Add("X-Our-Cdn-Client", "198.51.100.1");
        request.Headers.Add("X_Our_Cdn_Client", "198.51.100.1");
        request.Headers.Add("X-Our-Cdn", "kept");

        await gateway.Client.SendAsync(request);

        var received = gateway.Upstream.Received.Last();
        Assert.False(received.Headers.ContainsKey("X-Our-Cdn-Client"));
        Assert.False(received.Headers.ContainsKey("X_Our_Cdn_Client"));
        Assert.Equal("kept", received.Headers["X-Our-Cdn"]);
    }

    [Fact]
    public async Task A_claim_name_that_is_not_a_header_name_is_refused_at_start()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Redirector:ClientAddressHeaders:0"] = "X-Client: IP" });
        });

        Assert.Contains("Redirector:ClientAddressHeaders", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_proxys_own_address_and_port_stay_at_the_door()
    {
        // When a listed proxy's X-Forwarded-For is believed, the framework keeps the proxy's address and port in
        // X-Original-For; the site needs the client's address (X-Forwarded-For), not that.
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Redirector:TrustedProxies:0"] = "127.0.0.1" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");

        await gateway.Client.SendAsync(request);

        var received = gateway.Upstream.Received.Last();
        Assert.Equal("203.0.113.9", received.Headers["X-Forwarded-For"]);
        Assert.False(received.Headers.ContainsKey("X-Original-For"));
        Assert.False(received.Headers.ContainsKey("X-Original-Proto"));
    }
}
