using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Redirector.Tests.Service;

namespace Redirector.Tests.Fleet;

/// <summary>
/// Stopping, as a load balancer sees it: readiness fails at once, everything else is still answered for the drain
/// delay, then the server stops accepting. (The same on SIGTERM is checked on the real process in Redirector.Fleet.)
/// </summary>
public sealed class DrainTests
{
    [Fact]
    public async Task While_stopping_readiness_is_503_at_once_and_redirects_are_still_answered_for_the_drain_delay()
    {
        using var factory = RedirectorFactory.With(new Dictionary<string, string?> { ["Redirector:DrainDelay"] = "00:00:01.500" });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);

        var clock = Stopwatch.StartNew();
        var stopping = factory.Services.GetRequiredService<IHost>().StopAsync();
        var readiness = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var redirect = await client.GetAsync(new Uri("/arXiv:2401.12345", UriKind.Relative));
        var liveness = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var answeredWithin = clock.Elapsed;
        await stopping;
        var stoppedAfter = clock.Elapsed;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Contains("draining", await readiness.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
        Assert.True(answeredWithin < TimeSpan.FromSeconds(1.5), $"the answers took {answeredWithin}");
        Assert.True(stoppedAfter >= TimeSpan.FromSeconds(1.4), $"the server stopped after {stoppedAfter}, before the drain delay was over");
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("/healthz", UriKind.Relative)));
    }

    [Fact]
    public async Task Readiness_names_the_drain_check_in_redirect_mode_too()
    {
        using var factory = new RedirectorFactory();
        var body = await factory.CreateClient().GetStringAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal("""{"status":"Healthy","checks":{"draining":{"status":"Healthy","description":"serving"}}}""", body);
    }
}
