using System.Net.Sockets;
using System.Text;
using Redirector.Tests.PaperIds;

namespace Redirector.StayingPower;

/// <summary>
/// A hundred thousand random and mutated requests (the long form: a million) against the running service, a
/// twentieth of them as raw bytes a well-behaved client would never send: invalid UTF-8, control characters,
/// broken escapes; another twentieth are long, up to three times the service's input limit. No 5xx, no Location
/// off the target, no crash, no memory growth.
/// </summary>
public sealed class HostileInputFuzzTests
{
    private const string Target = "https://papers.cool";
    private const int Workers = 8;

    [Fact]
    public async Task Hostile_requests_get_safe_answers_without_crash_or_memory_growth()
    {
        await using var service = await ServiceProcess.StartAsync($"--Redirector:Target={Target}");
        var total = Scale.Times(100_000);
        var seed = RandomInputs.SeedOr(424_242);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = Workers })
        {
            BaseAddress = service.Origin,
        };

        // A tenth of the work first, so the memory baseline is taken from a warmed-up process.
        var warmUp = total / 10;
        await RunAsync(client, service, seed, 0, warmUp, failures);
        var baseline = service.ResidentMegabytes();
        await RunAsync(client, service, seed, warmUp, total, failures);
        var after = service.ResidentMegabytes();

        Assert.False(service.HasExited, "the service died");
        Assert.True(failures.IsEmpty, $"seed {seed}: {failures.Count} unsafe answers, e.g. {string.Join(" | ", failures.Take(5))}");
        Assert.True(after - baseline < 30, $"resident memory grew from {baseline:0} MB to {after:0} MB");
    }

    private static Task RunAsync(HttpClient client, ServiceProcess service, int seed, int from, int to, System.Collections.Concurrent.ConcurrentQueue<string> failures) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var inputs = new RandomInputs(seed + (from * Workers) + worker);
            var random = new Random(seed + worker + from);
            var seeds = Vectors.ExtractInputs();
            for (var i = from + worker; i < to; i += Workers)
            {
                var outcome = (i % 20) switch
                {
                    0 => await SendRawAsync(service.Port, RawPath(random)),
                    10 => await SendAsync(client, LongInput(inputs, seeds, random), i),
                    _ => await SendAsync(client, inputs.Next(seeds), i),
                };
                if (outcome is not null)
                {
                    failures.Enqueue(outcome);
                }
            }
        })));

    private static async Task<string?> SendAsync(HttpClient client, string input, int i)
    {
        string[] prefixes = ["/", "/arxiv/", "/venue/", "/api/ids?q=", "/redirector/go?q="];
        var path = prefixes[i % prefixes.Length] + Uri.EscapeDataString(input).Replace("%2F", "/", StringComparison.Ordinal);
        if (!Uri.TryCreate(client.BaseAddress + path.TrimStart('/'), UriKind.Absolute, out var uri))
        {
            return null;
        }

        using var response = await client.GetAsync(uri);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString;
        var body = status == 300 ? await response.Content.ReadAsStringAsync() : string.Empty;
        return Judge(status, location, body, path);
    }

    // Bytes straight onto the socket: what HttpClient refuses to send is exactly what an attacker sends.
    private static async Task<string?> SendRawAsync(int port, byte[] path)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(System.Net.IPAddress.Loopback, port);
        var stream = socket.GetStream();
        var request = new MemoryStream();
        request.Write("GET /"u8);
        request.Write(path);
        request.Write(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"u8);
        await stream.WriteAsync(request.ToArray());
        var answer = Encoding.Latin1.GetString(await ReadAllAsync(stream));
        if (answer.Length == 0)
        {
            return null; // the server may drop a request line it cannot parse; that is a safe answer
        }

        var lines = answer.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var location = lines.FirstOrDefault(l => l.StartsWith("Location:", StringComparison.OrdinalIgnoreCase))?[9..].Trim();
        var body = answer.Contains("\r\n\r\n", StringComparison.Ordinal) ? answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..] : string.Empty;
        return Judge(status, location, body, Convert.ToHexString(path));
    }

    private static async Task<byte[]> ReadAllAsync(NetworkStream stream)
    {
        var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer);
        }
        catch (IOException)
        {
            // a reset after the answer still leaves the answer
        }

        return buffer.ToArray();
    }

    private static string? Judge(int status, string? location, string body, string request)
    {
        if (status >= 500)
        {
            return $"{status} for {request}";
        }

        // Several pages of the site, offered in the body: none may be elsewhere, and no Location leads anywhere.
        if (status == 300)
        {
            var offered = System.Text.RegularExpressions.Regex.Matches(body, "(?:href=|\"urls\":\\[|,)\"(https?://[^\"]*)\"");
            var foreign = offered.Select(match => match.Groups[1].Value).FirstOrDefault(url => !url.StartsWith(Target + "/", StringComparison.Ordinal));
            return location is null && foreign is null ? null : $"300 offering '{foreign ?? location}' for {request}";
        }

        if (status is >= 300 and < 400 && (location is null || !location.StartsWith(Target + "/", StringComparison.Ordinal)
            || location.Any(c => c is < ' ' or > '~')))
        {
            return $"{status} to '{location}' for {request}";
        }

        return null;
    }

    // Ids buried in a long text, around and beyond the 4096-character limit.
    private static string LongInput(RandomInputs inputs, IReadOnlyList<string> seeds, Random random)
    {
        var length = random.Next(1_000, 12_000);
        var text = new StringBuilder(length + 200);
        while (text.Length < length)
        {
            text.Append(inputs.Next(seeds)).Append(' ');
        }

        return text.ToString();
    }

    private static byte[] RawPath(Random random)
    {
        var length = random.Next(1, 200);
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = random.Next(6) switch
            {
                0 => (byte)random.Next(0x80, 0x100),   // invalid or partial UTF-8
                // Control characters, but not CR or LF: those end the request line early, and the server then
                // answers the garbled version field with 505 before any application code runs.
                1 => (byte)"\u0001\u0002\u0007\u0008\u0009\u000B\u000C\u000E\u001B\u001F\u007F"[random.Next(11)],
                2 => (byte)"%/\\.:@?&=#"[random.Next(10)],
                _ => (byte)"0123456789.abcdefghijklmnopqrstuvwxyzABCDEF"[random.Next(43)],
            };
        }

        return bytes;
    }
}
