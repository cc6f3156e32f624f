using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using System.Net;
using Redirector.Tests.Gateway;
using Redirector.Tests.Service;

namespace Redirector.Tests.Fleet;

/// <summary>
/// What an operator's Prometheus sees on the metrics port: the framework's request and connection meters and the
/// service's own counters; and that the public port never serves them.
/// </summary>
[Collection(CountersRunAlone.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task The_metrics_port_counts_redirects_by_source_and_route_and_the_services_own_404_and_414()
    {
        var port = Scrape.FreePort();
        using var factory = RedirectorFactory.With(new Dictionary<string, string?>
        {
            ["Redirector:Metrics:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Redirector:Metrics:Host"] = "localhost",
        });
        var client = factory.CreateNonRedirectingClient();

        foreach (var path in new[] { "/arXiv:2401.12345", "/https://arxiv.org/abs/2401.00001v2", "/https://openreview.net/forum?id=LcF-EEt8cCC", "/arxiv/arXiv:2401.12345v2", "/arxiv/cs.AI", "/nothing-here" })
        {
            await client.GetAsync(new Uri(path, UriKind.Relative));
        }

        await client.GetAsync(new Uri("/api/ids?q=" + new string('x', 5000), UriKind.Relative));

        var text = await Scrape.UntilAsync(port, text => Scrape.Sum(text, "redirector_too_long_total") >= 1);
        Assert.Equal(3, Scrape.Sum(text, "redirector_redirects_total", "source=\"arxiv\""));
        Assert.Equal(1, Scrape.Sum(text, "redirector_redirects_total", "source=\"openreview\""));
        Assert.Equal(1, Scrape.Sum(text, "redirector_redirects_total", "source=\"site\""));
        Assert.Equal(1, Scrape.Sum(text, "redirector_not_found_total"));
        Assert.Equal(1, Scrape.Sum(text, "redirector_too_long_total"));
        Assert.Equal(5, Scrape.Sum(text, "http_server_request_duration_seconds_count", "http_response_status_code=\"302\""));

        // Each request under the route it took, though plain redirects are answered before routing runs.
        Assert.Equal(4, Scrape.Sum(text, "http_server_request_duration_seconds_count", "http_route=\"/{**input}\""));
        Assert.Equal(2, Scrape.Sum(text, "http_server_request_duration_seconds_count", "http_route=\"/arxiv/{**rest}\""));
    }

    [Fact]
    public async Task In_gateway_mode_forwards_are_counted_by_the_sites_status_and_public_metrics_is_the_sites_page()
    {
        var port = Scrape.FreePort();
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:Metrics:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Redirector:Metrics:Host"] = "localhost",
            ["Redirector:RateLimit:Enabled"] = "true",
            ["Redirector:RateLimit:Burst"] = "4",
            ["Redirector:RateLimit:PerSecond"] = "1",
        });

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/arxiv/2401.12345", "/static/empty-404", "/metrics", "/unavailable", "/arxiv/2401.12345" })
        {
            statuses.Add((await gateway.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains(gateway.Upstream.Received, request => request.Path == "/metrics");

        var text = await Scrape.UntilAsync(port, text => Scrape.Sum(text, "redirector_rate_limited_total") >= 1);
        Assert.Equal(1, Scrape.Sum(text, "redirector_forwarded_total", "http_response_status_code=\"200\""));
        Assert.Equal(2, Scrape.Sum(text, "redirector_forwarded_total", "http_response_status_code=\"404\""));
        Assert.Equal(1, Scrape.Sum(text, "redirector_forwarded_total", "http_response_status_code=\"503\""));
        Assert.Equal(1, Scrape.Sum(text, "redirector_rate_limited_total"));

        // The site's 404s are the site's: the service found nothing missing.
        Assert.Equal(0, Scrape.Sum(text, "redirector_not_found_total"));
    }

    [Fact]
    public async Task The_sites_failures_are_counted_with_their_status()
    {
        var port = Scrape.FreePort();
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redirector:Metrics:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Redirector:Metrics:Host"] = "localhost",
        });

        Assert.Equal(HttpStatusCode.GatewayTimeout, (await gateway.Client.GetAsync(new Uri("/slow?ms=3000", UriKind.Relative))).StatusCode);
        await gateway.Upstream.StopAsync();
        Assert.Equal(HttpStatusCode.BadGateway, (await gateway.Client.GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative))).StatusCode);

        var text = await Scrape.UntilAsync(port, text => Scrape.Sum(text, "redirector_upstream_failures_total") >= 2);
        Assert.Equal(1, Scrape.Sum(text, "redirector_upstream_failures_total", "http_response_status_code=\"504\""));
        Assert.Equal(1, Scrape.Sum(text, "redirector_upstream_failures_total", "http_response_status_code=\"502\""));
    }

    [Fact]
    public async Task Without_a_metrics_port_the_public_metrics_path_is_an_ordinary_lookup()
    {
        using var factory = new RedirectorFactory();
        var response = await factory.CreateNonRedirectingClient().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("+", true)]
    [InlineData("localhost", false)]
    [InlineData("127.0.0.1", false)]
    public void Metrics_served_beyond_this_machine_are_warned_of_at_start(string host, bool warned)
    {
        var logs = new LogRecorder();
        using var factory = RedirectorFactory.With(
            new Dictionary<string, string?>
            {
                ["Redirector:Metrics:Port"] = Scrape.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Redirector:Metrics:Host"] = host,
            },
            web => web.ConfigureLogging(logging => logging.AddProvider(logs)));

        _ = factory.Services;

        var warnings = logs.Entries.Where(entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Warning && entry.Message.Contains("Redirector:Metrics:Host=localhost", StringComparison.Ordinal));
        Assert.Equal(warned ? 1 : 0, warnings.Count());
    }
}
