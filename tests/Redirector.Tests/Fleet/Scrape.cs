using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Redirector.Tests.Fleet;

/// <summary>Reads a metrics port as Prometheus does: the text format, summed over the series that match.</summary>
public static class Scrape
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The sum of every series of <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public static double Sum(string text, string name, params string[] labels)
    {
        var sum = 0.0;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(name, StringComparison.Ordinal) || line.Length == name.Length || line[name.Length] is not ('{' or ' '))
            {
                continue;
            }

            var brace = line.LastIndexOf('}');
            var series = brace < 0 ? string.Empty : line[..(brace + 1)];
            if (labels.All(label => series.Contains(label, StringComparison.Ordinal)))
            {
                sum += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }

    /// <summary>
    /// Scrapes until <paramref name="done"/> holds, for up to three seconds: the exporter caches a scrape for a few
    /// hundred milliseconds. Returns the last text either way, for the assertion to show.
    /// </summary>
    public static async Task<string> UntilAsync(int port, Func<string, bool> done)
    {
        using var client = new HttpClient();
        var text = string.Empty;
        var deadline = DateTime.UtcNow.AddSeconds(3);
        do
        {
            text = await client.GetStringAsync(new Uri($"http://localhost:{port}/metrics"));
            if (done(text))
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return text;
    }
}
