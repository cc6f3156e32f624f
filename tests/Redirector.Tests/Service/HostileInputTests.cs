using Redirector.Tests.PaperIds;

namespace Redirector.Tests.Service;

/// <summary>Random and mutated paths against the running application: never a 5xx, never a Location off the target.</summary>
public sealed class HostileInputTests : IClassFixture<RedirectorFactory>
{
    private const int Requests = 3_000;
    private readonly HttpClient _client;

    public HostileInputTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Fact]
    public async Task Random_paths_get_safe_answers()
    {
        var inputs = new RandomInputs(RandomInputs.SeedOr(5_000));
        var seeds = Vectors.ExtractInputs();
        string[] prefixes = ["/", "/arxiv/", "/venue/", "/api/ids?q=", "/redirector/go?q="];
        var sent = 0;
        for (var i = 0; i < Requests; i++)
        {
            var prefix = prefixes[i % prefixes.Length];
            // Absolute, so that a path starting with // stays a path instead of becoming a host.
            var path = prefix + PrefixRouteTests.EscapeLikeABrowser(inputs.Next(seeds));
            if (!Uri.TryCreate("http://localhost" + path, UriKind.Absolute, out var uri) || uri.Host != "localhost" || HasNulInPath(uri))
            {
                continue; // not a request that reaches the application
            }

            var response = await _client.GetAsync(uri);
            sent++;

            HttpAssert.SafeAnswer(response, RedirectorFactory.DefaultTarget, $"seed {inputs.Seed}, request {i}: {path}");
        }

        Assert.True(sent > Requests * 8 / 10, $"only {sent} of {Requests} inputs made valid requests");
    }

    // The server refuses a NUL in the path before any application code runs (the in-memory test client throws
    // instead); in a query it does reach the application, so those requests are sent.
    private static bool HasNulInPath(Uri uri) => Uri.UnescapeDataString(uri.AbsolutePath).Contains('\0', StringComparison.Ordinal);
}
