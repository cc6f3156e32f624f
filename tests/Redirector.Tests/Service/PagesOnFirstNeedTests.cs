using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Redirector.Tests.Service;

/// <summary>
/// The page answers (language, exception handler, status code pages) are built when the first request that can need
/// them arrives, not at start, so that a redirect service answers its first redirect without paying for them
/// (RedirectorApplicationExtensions.UsePageAnswers). Pages must not notice: the first ones, even arriving together,
/// are whole and in the reader's language.
/// </summary>
public sealed class PagesOnFirstNeedTests
{
    [Fact]
    public async Task A_plain_redirect_does_not_build_the_page_answers_and_the_first_page_does()
    {
        var configured = new ConfigureCount<RequestLocalizationOptions>();
        await using var factory = RedirectorFactory.With(
            new Dictionary<string, string?>(),
            web => web.ConfigureServices(services => services.AddSingleton<IConfigureOptions<RequestLocalizationOptions>>(configured)));
        using var client = factory.CreateNonRedirectingClient();

        var redirect = await client.GetAsync(new Uri("/https://arxiv.org/abs/2401.12345v2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal(0, configured.Count);

        var page = await client.GetAsync(new Uri("/no-paper-here", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(1, configured.Count);
    }

    [Fact]
    public async Task The_first_pages_arriving_together_are_all_whole_and_in_Chinese()
    {
        await using var factory = new RedirectorFactory();
        using var client = factory.CreateNonRedirectingClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/no-paper-{i}", UriKind.Relative));
            request.Headers.Add("Accept", "text/html");
            request.Headers.Add("Accept-Language", "zh-CN");
            var response = await client.SendAsync(request);
            return (response.StatusCode, Html: await response.Content.ReadAsStringAsync());
        }));

        foreach (var (status, html) in answers)
        {
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal("没有找到论文编号", new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent);
        }
    }
}
