using System.Net;

namespace Redirector.Tests.Service;

/// <summary>A NUL in pasted text is not "too long": the form answers as the same text after the address does.</summary>
public sealed class FormNulTests : IClassFixture<RedirectorFactory>
{
    private readonly HttpClient _client;

    public FormNulTests(RedirectorFactory factory) => _client = factory.CreateNonRedirectingClient();

    [Theory]
    [InlineData("%00", HttpStatusCode.NotFound)]
    [InlineData("a%00b", HttpStatusCode.NotFound)]
    [InlineData("2401.12345%00", HttpStatusCode.Found)]
    public async Task A_form_with_a_nul_answers_as_get_does(string encoded, HttpStatusCode expected)
    {
        var get = await _client.GetAsync(new Uri("/redirector/go?q=" + encoded, UriKind.Relative));
        using var content = new StringContent("q=" + encoded, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        var post = await _client.PostAsync(new Uri("/redirector/go", UriKind.Relative), content);

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(get.StatusCode, post.StatusCode);
        Assert.Equal(get.Headers.Location, post.Headers.Location);
    }
}
