using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Redirector.Tests.Service;

/// <summary>
/// HEAD is what uptime monitors and <c>curl -I</c> send: every address answers it as it answers GET, with the same
/// status and headers and no body. On a real Kestrel socket, since it is Kestrel that leaves the body out.
/// </summary>
[Collection(LoopbackService.Collection)]
public sealed class HeadRequestTests(LoopbackService service) : IDisposable
{
    private readonly HttpClient _client = service.CreateClient();

    public static TheoryData<string, bool> Addresses => new()
    {
        { "/", true },
        { "/", false },
        { "/redirector", true },
        { "/redirector/icon.png", false },
        { "/favicon.ico", false },
        // Answered ahead of routing, then by the endpoints (an address on the site itself is left to them).
        { "/arXiv:2401.12345v2", false },
        { "/arxiv/arXiv:2401.12345v2", false },
        { "/https://papers.cool/arxiv/2401.12345", false },
        { "/redirector/go?q=arXiv:2401.12345", false },
        { "/redirector/go?q=%20", true },
        // 300, 404 and 414, as pages and as problem+json.
        { "/2401.12345%20X1@OpenReview", true },
        { "/https://example.com/no-paper-here", true },
        { "/https://example.com/no-paper-here", false },
        { "/" + new string('a', 5000), true },
        { "/api/ids?q=2401.12345", false },
        { "/api/ids?q=", false },
        { "/healthz", false },
        { "/readyz", false },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Head_gets_the_status_and_headers_get_gets(string path, bool browser)
    {
        using var get = await SendAsync(HttpMethod.Get, path, browser);
        using var head = await SendAsync(HttpMethod.Head, path, browser);

        Assert.Equal(get.StatusCode, head.StatusCode);
        foreach (var name in new[] { "Location", "Cache-Control", "Content-Type", "Content-Security-Policy", "Vary", "X-Content-Type-Options" })
        {
            Assert.Equal(HeaderOf(get, name), HeaderOf(head, name));
        }
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/https://example.com/no-paper-here", 404)]
    public async Task Head_gets_the_status_line_and_headers_and_no_body(string path, int status)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, service.Address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HEAD {path} HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n"));
        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        var response = Encoding.Latin1.GetString(received.ToArray());

        Assert.StartsWith($"HTTP/1.1 {status} ", response, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", response, StringComparison.Ordinal);
        Assert.Equal(response.Length - 4, response.IndexOf("\r\n\r\n", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _client.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, bool browser)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd(browser ? "text/html,application/xhtml+xml,*/*;q=0.8" : "*/*");
        return await _client.SendAsync(request);
    }

    private static string? HeaderOf(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
