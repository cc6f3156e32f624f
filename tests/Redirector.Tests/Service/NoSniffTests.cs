using System.Net.Http.Headers;

namespace Redirector.Tests.Service;

/// <summary>Every answer says what it is, so an input echoed in a 404 can never be read as a script or a page.</summary>
public sealed class NoSniffTests : IClassFixture<RedirectorFactory>
{
    private readonly HttpClient _client;

    public NoSniffTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/2401.12345", null)]
    [InlineData("/", "text/html")]
    [InlineData("/%3Cscript%3Ealert(1)%3C%2Fscript%3E", null)]
    [InlineData("/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "text/html")]
    [InlineData("/api/ids?q=%3Cscript%3E", null)]
    [InlineData("/healthz", null)]
    public async Task Every_answer_carries_nosniff(string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await _client.SendAsync(request);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
