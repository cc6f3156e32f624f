namespace Redirector.Tests.Gateway;

/// <summary>
/// The path and query reach the site as the client wrote them, escapes included; only dot segments are resolved,
/// exactly as the door itself read the path when it decided to forward it.
/// </summary>
public sealed class ForwardedPathTests
{
    [Theory]
    [InlineData("/files/a%2Fb.txt", "/files/a%2Fb.txt")] // an escaped slash is data, not a separator
    [InlineData("/files/a%252Fb", "/files/a%252Fb")]
    [InlineData("/files/%41bc%7E", "/files/%41bc%7E")]
    [InlineData("/files/caf%C3%A9", "/files/caf%C3%A9")]
    [InlineData("/arxiv/search?query=a%2Fb&x=%41+%26", "/arxiv/search?query=a%2Fb&x=%41+%26")]
    [InlineData("/files/a%2F..%2Fb", "/files/a%2F..%2Fb")] // one segment, not a dot segment
    [InlineData("/files/x/../a%2Fb", "/files/a%2Fb")]
    [InlineData("/files/%2e%2E/a%2Fb?q=%2F", "/a%2Fb?q=%2F")]
    [InlineData("/files/./a%20b/.", "/files/a%20b/")]
    [InlineData("/files/..", "/")]
    [InlineData("/files/{a|b}%2F?q=\"x\"", "/files/%7Ba%7Cb%7D%2F?q=%22x%22")] // only what a URL may not hold raw is escaped
    public async Task The_target_reaches_the_site_as_written_with_dot_segments_resolved(string sent, string expected)
    {
        await using var gateway = await GatewayHost.StartAsync();

        await RawHttp.SendAsync(gateway.Address, $"GET {sent} HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\nConnection: close\r\n\r\n");

        Assert.Equal(expected, Assert.Single(gateway.Upstream.Received).RawTarget);
    }

    [Fact]
    public async Task Posts_keep_their_escapes_too()
    {
        await using var gateway = await GatewayHost.StartAsync();

        await RawHttp.SendAsync(
            gateway.Address,
            $"POST /api/a%2Fb?x=%2F HTTP/1.1\r\nHost: {GatewayHost.DoorHost}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n",
            "{}"u8.ToArray());

        Assert.Equal("/api/a%2Fb?x=%2F", Assert.Single(gateway.Upstream.Received).RawTarget);
    }
}
