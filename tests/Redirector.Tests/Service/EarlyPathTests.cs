using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Redirector.PaperIds;
using Redirector.Redirects;

namespace Redirector.Tests.Service;

/// <summary>
/// The early path (service/Redirects/PlainRedirectsFirst.cs) answers a read without a query before it knows the
/// service's fixed paths, which take building every endpoint to read. That is only right because no fixed path names a
/// paper: a read of one, without a query, finds no id and goes on to its endpoint, first request or not.
/// </summary>
public sealed class EarlyPathTests
{
    [Fact]
    public async Task No_fixed_path_names_a_paper_and_each_reaches_its_endpoint_on_a_fresh_service()
    {
        await using var factory = new RedirectorFactory();
        var fixedPaths = PlainRedirectsFirst.FixedPaths.Read([factory.Services.GetRequiredService<EndpointDataSource>()]).All.ToList();
        Assert.Contains("/healthz", fixedPaths);
        Assert.Contains("/api/ids", fixedPaths);
        Assert.Contains("/redirector/share", fixedPaths);

        await using var fresh = new RedirectorFactory();
        using var client = fresh.CreateNonRedirectingClient();
        var ids = new PaperId[8];
        foreach (var path in fixedPaths)
        {
            Assert.True(PaperIdExtractor.Extract(path, ids, out _) == 0, $"{path} names a paper");

            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var location = response.Headers.Location?.ToString() ?? string.Empty;
            Assert.False(
                location.StartsWith(RedirectorFactory.DefaultTarget + "/arxiv/", StringComparison.Ordinal)
                || location.StartsWith(RedirectorFactory.DefaultTarget + "/venue/", StringComparison.Ordinal),
                $"{path} was sent to {location}");
        }
    }

    [Theory]
    [InlineData("/api/ids?q=2401.12345", HttpStatusCode.OK)]
    [InlineData("/?q=2401.12345", HttpStatusCode.OK)]
    [InlineData("/redirector/manifest.webmanifest?v=2401.12345", HttpStatusCode.OK)]
    public async Task A_fixed_path_whose_query_names_a_paper_goes_to_its_endpoint_as_the_first_request(string address, HttpStatusCode status)
    {
        await using var fresh = new RedirectorFactory();
        using var client = fresh.CreateNonRedirectingClient();

        var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        if (address.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_first_redirect_builds_the_paper_endpoints_alone()
    {
        // Made when an endpoint that writes JSON, the API's, is built; the paper endpoints write none.
        var configured = new ConfigureCount<JsonOptions>();
        await using var factory = RedirectorFactory.With(
            new Dictionary<string, string?>(),
            web => web.ConfigureServices(services => services.AddSingleton<IConfigureOptions<JsonOptions>>(configured)));
        using var client = factory.CreateNonRedirectingClient();

        var redirect = await client.GetAsync(new Uri("/https://arxiv.org/abs/2401.12345v2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal(0, configured.Count);

        var api = await client.GetAsync(new Uri("/api/ids?q=2401.12345", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.True(configured.Count > 0, "the API's endpoint was answered without being built");
    }
}
