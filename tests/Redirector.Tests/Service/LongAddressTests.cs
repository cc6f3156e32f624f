using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Redirector.Tests.Service;

/// <summary>
/// An address far over the input limit, such as a long search URL pasted after the service's address, gets the
/// service's own 414, as a page in the reader's language, rather than Kestrel's bare one (whose limit is 8 KB by
/// default). On a real Kestrel socket, since the limit is Kestrel's.
/// </summary>
[Collection(LoopbackService.Collection)]
public sealed class LongAddressTests(LoopbackService service) : IDisposable
{
    private readonly HttpClient _client = service.CreateClient();

    // A request line of about 30 KB: what a Chinese text of some 3,300 characters becomes once percent-encoded.
    private static readonly string LongAddress = "/https://example.com/search?q=" + string.Concat(Enumerable.Repeat("%E8%AE%BA", 3300));

    [Fact]
    public async Task A_30_kilobyte_address_gets_the_services_414_page_in_the_readers_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(LongAddress, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("地址太长", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("4096", page.QuerySelector("p")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_sending_a_30_kilobyte_address_gets_problem_json_with_the_limit()
    {
        using var response = await _client.GetAsync(new Uri(LongAddress, UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(4096, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Beyond_64_kilobytes_Kestrel_refuses_the_request_line_itself_as_the_docs_say()
    {
        using var response = await _client.GetAsync(new Uri("/" + new string('a', 65 * 1024), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    public void Dispose()
    {
        _client.Dispose();
    }
}
