using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Redirector.Hosting;

namespace Redirector.Tests.Service;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("http://localhost:8080", "http://localhost:8080/arxiv/2401.12345")]
    [InlineData("https://papers.example.org/", "https://papers.example.org/arxiv/2401.12345")]
    // An internationalised name goes into Location in punycode, as browsers send and resolve it.
    [InlineData("https://bücher.example", "https://xn--bcher-kva.example/arxiv/2401.12345")]
    [InlineData("https://BÜCHER.example:8443/", "https://xn--bcher-kva.example:8443/arxiv/2401.12345")]
    [InlineData("http://[::1]:8080", "http://[::1]:8080/arxiv/2401.12345")]
    public async Task Target_setting_moves_every_redirect(string target, string expected)
    {
        using var factory = RedirectorFactory.With(new Dictionary<string, string?> { ["Redirector:Target"] = target });
        var response = await factory.CreateNonRedirectingClient().GetAsync(new Uri("/2401.12345v2", UriKind.Relative));

        Assert.Equal(expected, HttpAssert.RedirectLocation(response));
    }

    [Theory]
    [InlineData("/redirector")]
    [InlineData("/2401.00001,2401.00002,2401.00003,2401.00004")]
    [InlineData("/api/ids?q=2401.12345")]
    [InlineData("/arxiv/cs.AI")]
    public async Task An_internationalised_target_serves_every_page(string path)
    {
        using var factory = RedirectorFactory.With(new Dictionary<string, string?>
        {
            ["Redirector:Target"] = "https://bücher.example",
            ["Redirector:MaxIds"] = "2",
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await factory.CreateNonRedirectingClient().SendAsync(request);

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("bücher", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(response.Headers.Location is { } location ? [location.OriginalString] : Array.Empty<string>(), url => Assert.StartsWith("https://xn--bcher-kva.example/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Limits_are_configurable()
    {
        using var factory = RedirectorFactory.With(new Dictionary<string, string?> { ["Redirector:MaxIds"] = "2" });
        var response = await factory.CreateNonRedirectingClient().GetAsync(new Uri("/2401.00001,2401.00002,2401.00003", UriKind.Relative));

        // Two ids to a page: the three need two pages.
        Assert.Equal(System.Net.HttpStatusCode.MultipleChoices, response.StatusCode);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, problem.GetProperty("urls").GetArrayLength());
    }

    [Theory]
    [InlineData("Redirector:Target", "papers.cool", "Redirector:Target")]
    [InlineData("Redirector:Target", "ftp://papers.cool", "scheme must be http or https")]
    [InlineData("Redirector:Target", "https://papers.cool/some/path", "origin only")]
    [InlineData("Redirector:Target", "https://user@papers.cool", "origin only")]
    [InlineData("Redirector:Target", "", "Redirector:Target")]
    [InlineData("Redirector:Target", "https://papers.cool?", "origin only")]
    [InlineData("Redirector:Target", "https://papers.cool#top", "origin only")]
    [InlineData("Redirector:Target", "https://papers.cool:99999", "Redirector:Target")]
    [InlineData("Redirector:Target", "https://pa pers.cool", "Redirector:Target")]
    [InlineData("Redirector:Target", "https://b\u00fccher\u0000.example", "Redirector:Target")]
    [InlineData("Redirector:MaxIds", "0", "Redirector:MaxIds")]
    [InlineData("Redirector:MaxInputLength", "10", "Redirector:MaxInputLength")]
    [InlineData("Redirector:MaxFormLength", "100", "Redirector:MaxFormLength")]
    [InlineData("Redirector:Upstream", "ftp://site.example", "Redirector:Upstream")]
    [InlineData("Redirector:Upstream", "site.example:8080", "Redirector:Upstream")]
    [InlineData("Redirector:TrustedProxies:0", "not-an-address", "Redirector:TrustedProxies")]
    [InlineData("Redirector:AllowedHosts:0", "*", "Redirector:AllowedHosts")]
    [InlineData("Redirector:AllowedHosts:0", "https://www.papers.cool", "Redirector:AllowedHosts")]
    [InlineData("Redirector:AllowedHosts:0", "www.papers.cool:8080", "Redirector:AllowedHosts")]
    [InlineData("Redirector:Redis", "redis:6379,bogus=1", "Redirector:Redis")]
    [InlineData("Redirector:Redis", ",", "Redirector:Redis")]
    [InlineData("Redirector:RedisTimeout", "00:00:05", "Redirector:RedisTimeout")]
    [InlineData("Redirector:Metrics:Port", "70000", "Redirector:Metrics:Port")]
    [InlineData("Redirector:Metrics:Host", "not a host", "Redirector:Metrics:Host")]
    [InlineData("Redirector:DrainDelay", "-00:00:01", "Redirector:DrainDelay")]
    [InlineData("Redirector:DrainTimeout", "00:00:00", "Redirector:DrainTimeout")]
    [InlineData("Redirector:RedirectCache:MaxAge", "00:00:00.500", "Redirector:RedirectCache:MaxAge")]
    [InlineData("Redirector:RedirectCache:SharedMaxAge", "400.00:00:00", "Redirector:RedirectCache:SharedMaxAge")]
    public async Task Invalid_settings_stop_start_up_with_a_clear_message(string key, string value, string expectedInMessage)
    {
        // The service's own registration on a real host (not the test server), started the way Program starts it.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.AddRedirector();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }
}
