using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Redirector.Tests.Fleet;

namespace Redirector.NativeBuild;

/// <summary>
/// The native binary in front of a site (gateway mode): the site's pages come through the forwarder, paper addresses
/// still redirect, the door's own landing page and form answer at /redirector, and Prometheus can scrape its port.
/// </summary>
public sealed class GatewayModeTests : IAsyncLifetime
{
    private const string SitePage = "<!doctype html><title>Cool Papers</title><h1>the site's own page</h1>";

    private readonly int _metricsPort = Scrape.FreePort();
    private WebApplication? _site;
    private NativeService? _door;

    private HttpClient Client => _door!.Client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _site = builder.Build();
        _site.MapGet("/{**path}", (HttpRequest request) => Results.Content(SitePage + request.Path, "text/html"));
        await _site.StartAsync();

        _door = await NativeService.StartAsync(
            $"--Redirector:Upstream={_site.Urls.First()}",
            "--Redirector:AllowedHosts:0=127.0.0.1",
            $"--Redirector:Metrics:Port={_metricsPort}",
            "--Redirector:Metrics:Host=localhost");
    }

    public async Task DisposeAsync()
    {
        if (_door is not null)
        {
            await _door.DisposeAsync();
        }

        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_page_of_the_site_comes_through_the_door()
    {
        var response = await Client.GetAsync(new Uri("/venue/ICML.2025", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SitePage + "/venue/ICML.2025", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_paper_address_still_redirects_at_the_door()
    {
        var response = await Client.GetAsync(new Uri("/https://arxiv.org/abs/2401.12345v2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("https://papers.cool/arxiv/2401.12345", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_doors_landing_page_and_its_form_answer_at_redirector()
    {
        var landing = await Client.GetAsync(new Uri("/redirector", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("<h1>Cool Papers Redirector</h1>", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var form = new FormUrlEncodedContent([new("q", "2401.12345")]);
        var answer = await Client.PostAsync(new Uri("/redirector/go", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Found, answer.StatusCode);
        Assert.Equal("https://papers.cool/arxiv/2401.12345", answer.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Readiness_includes_the_upstream_and_metrics_count_what_was_forwarded()
    {
        await Client.GetAsync(new Uri("/paper.html", UriKind.Relative));

        var ready = await (await Client.GetAsync(new Uri("/readyz", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("\"upstream\":{\"status\":\"Healthy\"", ready, StringComparison.Ordinal);
        var metrics = await Scrape.UntilAsync(_metricsPort, text => Scrape.Sum(text, "redirector_forwarded_total") >= 1);
        Assert.True(Scrape.Sum(metrics, "redirector_forwarded_total", "http_response_status_code=\"200\"") >= 1, metrics);
    }
}
