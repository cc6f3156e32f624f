using Microsoft.Extensions.Logging;
using System.Text;

namespace Redirector.Tests.Gateway;

/// <summary>
/// A request the client got wrong is answered with a 4xx that says so, never with "the site is unreachable", and is not
/// logged as the site's failure: an operator paged for 502s must be able to trust them.
/// </summary>
public sealed class ClientFaultTests
{
    [Fact]
    public async Task A_malformed_chunked_body_is_a_400_not_the_sites_failure()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await RawHttp.SendAsync(
            gateway.Address,
            $"POST /api/echo HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n",
            "5\r\nhello\r\nzz\r\nnot a chunk size\r\n0\r\n\r\n"u8.ToArray());

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.Header("Content-Type"));
        Assert.Empty(gateway.UpstreamFailures);
    }

    [Fact]
    public async Task Connect_is_refused_with_a_400_because_the_door_is_no_forward_proxy()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await RawHttp.SendAsync(
            gateway.Address,
            $"CONNECT {GatewayHost.DoorHost}:443 HTTP/1.1\r\nHost: {GatewayHost.DoorHost}:443\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.Header("Content-Type"));
        Assert.Empty(gateway.Upstream.Received);
        Assert.Empty(gateway.UpstreamFailures);
    }

    [Fact]
    public async Task Non_ascii_header_values_reach_the_site_as_sent()
    {
        // Browsers send cookies that scripts set with non-ASCII text as raw UTF-8; refusing them would lock such a
        // visitor out of the site, so the door passes the bytes on as the site would have received them directly.
        await using var gateway = await GatewayHost.StartAsync();

        var response = await RawHttp.SendAsync(
            gateway.Address,
            $"GET /arxiv/cs.AI HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\nCookie: name=Zoë 论文\r\nX-Custom: café\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, response.Status);
        var received = Assert.Single(gateway.Upstream.Received);
        Assert.Equal("name=Zoë 论文", received.Headers["Cookie"]);
        Assert.Equal("café", received.Headers["X-Custom"]);
        Assert.Empty(gateway.UpstreamFailures);
    }

    [Fact]
    public async Task A_request_body_that_stops_arriving_is_a_408()
    {
        // The site's own timeout is generous here, as in production: the client, not the site, is the slow one.
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Redirector:UpstreamTimeout"] = "00:00:30" });

        var response = await RawHttp.SendAsync(
            gateway.Address,
            $"POST /api/echo HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n",
            Encoding.ASCII.GetBytes("the first few bytes, and then nothing more"));

        Assert.Equal(408, response.Status);
        Assert.Equal("application/problem+json", response.Header("Content-Type"));
        Assert.Empty(gateway.UpstreamFailures);
    }

    [Fact]
    public async Task A_body_that_stalls_past_the_sites_timeout_is_a_408_logged_once_as_the_clients()
    {
        // The site's timeout (1 s here) runs out before the server's own minimum body rate does: the forwarder gives
        // up on the body while its read is still pending. Before, the forwarder logged a warning with its stack trace
        // for every such request, beside the door's own line: a trickling client made the log say the site failed.
        await using var gateway = await GatewayHost.StartAsync();

        var response = await RawHttp.SendAsync(
            gateway.Address,
            $"POST /api/echo HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n",
            Encoding.ASCII.GetBytes("a few bytes, then a pause longer than the site's timeout"));

        Assert.Equal(408, response.Status);
        Assert.Equal("close", response.Header("Connection"));
        await Task.Delay(200);
        Assert.DoesNotContain(gateway.Logs.Entries, entry => entry.Level >= LogLevel.Warning && !entry.Category.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal));
        var line = Assert.Single(gateway.Logs.Entries, entry => entry.Category == "Redirector.Requests");
        Assert.Equal(LogLevel.Information, line.Level);
    }

    [Fact]
    public async Task A_body_larger_than_the_server_accepts_is_a_413()
    {
        await using var gateway = await GatewayHost.StartAsync();

        // Kestrel's limit is 30 MB; the declared length alone is enough to refuse.
        var response = await RawHttp.SendAsync(
            gateway.Address,
            $"POST /api/echo HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\nContent-Type: text/plain\r\nContent-Length: 40000000\r\n\r\n",
            new byte[1024]);

        Assert.Equal(413, response.Status);
        Assert.Empty(gateway.UpstreamFailures);
    }
}
