using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Redirector.Tests.Gateway;

/// <summary>The status line, headers and body of one response, read off a socket.</summary>
public sealed record RawResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, string Body)
{
    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();
}

/// <summary>
/// Bytes straight onto a socket: malformed framing, methods and header bytes that HttpClient refuses to send are
/// exactly what a hostile client sends.
/// </summary>
public static class RawHttp
{
    /// <summary>Sends <paramref name="head"/> (and then <paramref name="body"/>, if any) and reads one response.</summary>
    public static async Task<RawResponse> SendAsync(Uri server, string head, byte[]? body = null, TimeSpan? pauseBeforeBody = null)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
        if (pauseBeforeBody is { } pause)
        {
            await Task.Delay(pause);
        }

        if (body is not null)
        {
            await stream.WriteAsync(body);
        }

        return await ReadResponseAsync(stream, TimeSpan.FromSeconds(30));
    }

    private static async Task<RawResponse> ReadResponseAsync(NetworkStream stream, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var received = new MemoryStream();
        var buffer = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                throw new IOException($"connection closed after {received.Length} bytes without a complete response head");
            }

            received.Write(buffer, 0, read);
        }

        var head = Encoding.Latin1.GetString(received.GetBuffer(), 0, headEnd);
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)], Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToList();

        var body = new MemoryStream();
        body.Write(received.GetBuffer(), headEnd + 4, (int)received.Length - headEnd - 4);
        var length = headers.Where(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => int.Parse(h.Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(-1);
        var chunked = headers.Any(h => h.Name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase));
        while (length >= 0 ? body.Length < length : chunked && !EndsChunked(body))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            body.Write(buffer, 0, read);
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    private static int IndexOfHeadEnd(MemoryStream received) =>
        received.GetBuffer().AsSpan(0, (int)received.Length).IndexOf("\r\n\r\n"u8);

    private static bool EndsChunked(MemoryStream body) =>
        body.GetBuffer().AsSpan(0, (int)body.Length).EndsWith("0\r\n\r\n"u8);
}
