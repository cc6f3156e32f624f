using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Redirector.Tests.Service;

namespace Redirector.Tests.Gateway;

/// <summary>When the site is down, slow or breaks off, the door says so clearly, keeps redirecting, and recovers.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Upstream_down_gives_502_redirects_keep_working_and_forwarding_resumes_when_it_is_back()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await gateway.Upstream.StopAsync();

        var down = await gateway.Client.GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative));
        var redirect = await gateway.Client.GetAsync(new Uri("/arXiv:2401.12345v2", UriKind.Relative));
        var notReady = await gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var alive = await gateway.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadGateway, down.StatusCode);
        Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
        Assert.Equal(GatewayHost.DoorOrigin + "/arxiv/2401.12345", HttpAssert.RedirectLocation(redirect));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        var readiness = JsonDocument.Parse(await notReady.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", readiness.GetProperty("checks").GetProperty("upstream").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Contains(gateway.UpstreamFailures, entry => entry.Message.Contains("/arxiv/2401.12345", StringComparison.Ordinal));

        await gateway.Upstream.StartAsync();

        var back = await gateway.Client.GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative));

        // Readiness reuses its last look at the site for a couple of seconds.
        var ready = await gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        for (var wait = 0; wait < 50 && ready.StatusCode != HttpStatusCode.OK; wait++)
        {
            await Task.Delay(100);
            ready = await gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("2401.12345", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Browsers_get_an_html_page_for_a_502()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await gateway.Upstream.StopAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The site is unreachable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Chinese_reader_gets_the_502_page_in_Chinese_and_a_program_gets_English_problem_json()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await gateway.Upstream.StopAsync();
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        browser.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        browser.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        using var program = new HttpRequestMessage(HttpMethod.Get, "/arxiv/cs.AI");
        program.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var page = await gateway.Client.SendAsync(browser);
        var problem = await gateway.Client.SendAsync(program);

        Assert.Equal(HttpStatusCode.BadGateway, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("无法连接网站", html, StringComparison.Ordinal);
        Assert.Contains("The site is unreachable", await problem.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_upstream_gives_504_after_the_configured_timeout()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await gateway.Client.GetAsync(new Uri("/slow?ms=5000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_slow_upstream_within_the_timeout_is_waited_for()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var response = await gateway.Client.GetAsync(new Uri("/slow?ms=200", UriKind.Relative));

        Assert.Equal("finally", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reset_mid_body_ends_the_response_and_the_door_keeps_serving()
    {
        await using var gateway = await GatewayHost.StartAsync();

        // If the upstream broke off before the door sent anything, the client gets a clean 502. Once the status line
        // has gone out, the only honest signal left is a response that breaks off too, never one that looks complete.
        var response = await gateway.Client.GetAsync(new Uri("/reset", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode == HttpStatusCode.BadGateway)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsByteArrayAsync());
        }

        var next = await gateway.Client.GetAsync(new Uri("/arxiv/2401.12345", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
