using System.Net;
using System.Text.Json;

namespace Redirector.Tests.Gateway;

/// <summary>
/// /readyz answers from a recent look at the site, so no number of probes (or of clients calling it) turns into
/// traffic for the site: at most one request to it per couple of seconds.
/// </summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task A_burst_of_readiness_probes_costs_the_site_one_request()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative))));
        for (var i = 0; i < 10; i++)
        {
            answers = [.. answers, await gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative))];
        }

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Single(gateway.Upstream.Received, request => request.Path == "/");
    }

    [Fact]
    public async Task Readiness_follows_the_site_down_and_up_within_a_few_seconds()
    {
        await using var gateway = await GatewayHost.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);

        await gateway.Upstream.StopAsync();
        var down = await PollAsync(gateway, HttpStatusCode.ServiceUnavailable);
        await gateway.Upstream.StartAsync();
        var up = await PollAsync(gateway, HttpStatusCode.OK);

        Assert.InRange(down, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.InRange(up, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_answer_says_how_old_the_look_at_the_site_is()
    {
        await using var gateway = await GatewayHost.StartAsync();

        await gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var cached = JsonDocument.Parse(await gateway.Client.GetStringAsync(new Uri("/readyz", UriKind.Relative))).RootElement;

        var description = cached.GetProperty("checks").GetProperty("upstream").GetProperty("description").GetString();
        Assert.Matches(@"^upstream answered 200 in \d+ ms, \d+ ms ago$", description);
    }

    private static async Task<TimeSpan> PollAsync(GatewayHost gateway, HttpStatusCode wanted)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode != wanted)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"/readyz did not become {wanted}");
            await Task.Delay(100);
        }

        return clock.Elapsed;
    }
}
