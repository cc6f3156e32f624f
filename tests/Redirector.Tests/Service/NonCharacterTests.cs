using System.Net;

namespace Redirector.Tests.Service;

/// <summary>
/// U+FFFE is the one character .NET's Unicode normalisation refuses outright (it throws). Pasted or percent-encoded,
/// it must cost the reader nothing: the ids around it are read, and text without ids gets the usual page, never a 500.
/// </summary>
public sealed class NonCharacterTests : IClassFixture<RedirectorFactory>
{
    private readonly HttpClient _client;

    public NonCharacterTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/2401.12345%EF%BF%BE", HttpStatusCode.Found)]
    [InlineData("/%EF%BF%BE%EF%BC%92401.12345", HttpStatusCode.Found)]
    [InlineData("/%EF%BF%BE", HttpStatusCode.NotFound)]
    [InlineData("/https://dl.acm.org/doi/10.1145/1%EF%BF%BE", HttpStatusCode.NotFound)]
    [InlineData("/redirector/go?q=2401.12345%EF%BF%BE", HttpStatusCode.Found)]
    [InlineData("/api/ids?q=2401.12345%EF%BF%BE", HttpStatusCode.OK)]
    public async Task Text_with_u_fffe_is_read_around_it(string request, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(new Uri(request, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Found)
        {
            Assert.Contains("2401.12345", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
