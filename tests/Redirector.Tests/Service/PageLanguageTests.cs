using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Redirector.Pages;

namespace Redirector.Tests.Service;

/// <summary>The service's pages in the reader's language (Accept-Language), English for API clients.</summary>
public sealed class PageLanguageTests : IClassFixture<RedirectorFactory>
{
    private readonly RedirectorFactory _factory;
    private readonly HttpClient _client;

    public PageLanguageTests(RedirectorFactory factory)
    {
        _factory = factory;
        _client = factory.CreateNonRedirectingClient();
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN", "Cool Papers 论文直达")]
    [InlineData("zh-TW,zh;q=0.9", "zh-CN", "Cool Papers 论文直达")]
    [InlineData("zh-HK", "zh-CN", "Cool Papers 论文直达")]
    [InlineData("en-US,en;q=0.9", "en", "Cool Papers Redirector")]
    [InlineData("fr-FR,fr;q=0.9", "en", "Cool Papers Redirector")]
    // The reader's order, not the page's: Chinese after a language the pages lack, English before Chinese.
    [InlineData("fr-FR, zh-CN;q=0.9", "zh-CN", "Cool Papers 论文直达")]
    [InlineData("en-GB, zh-CN;q=0.9", "en", "Cool Papers Redirector")]
    [InlineData("en;q=0.1, zh-Hant-HK", "zh-CN", "Cool Papers 论文直达")]
    [InlineData("zh_CN", "zh-CN", "Cool Papers 论文直达")]
    [InlineData(null, "en", "Cool Papers Redirector")]
    public async Task The_landing_page_follows_Accept_Language(string? acceptLanguage, string lang, string heading)
    {
        var response = await GetAsync("/", acceptLanguage);

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task The_not_found_page_is_in_Chinese_and_still_encodes_the_input()
    {
        var response = await GetAsync("/%3Cb%3E%E6%B2%A1%E6%9C%89", "zh-CN");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("没有找到论文编号", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("<b>没有", page.QuerySelector("code")?.TextContent);
        Assert.Equal("改为在 Cool Papers 中搜索这些词", page.QuerySelector("a#search")?.TextContent);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Venue_and_publisher_pages_are_in_Chinese()
    {
        var venue = await GetAsync("/https://www.ecva.net/papers/eccv_2024/papers_ECCV/html/1234_ECCV_2024_paper.php", "zh-CN");
        var publisher = await GetAsync("/https://dl.acm.org/doi/10.1145/3292500.3330701", "zh-CN");

        var parser = new HtmlParser();
        Assert.Equal("Cool Papers 收录了 ECCV", parser.ParseDocument(await venue.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
        var page = parser.ParseDocument(await publisher.Content.ReadAsStringAsync());
        Assert.Equal("Cool Papers 不收录 dl.acm.org 上的论文", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("搜索 Cool Papers", page.QuerySelector("form button")?.TextContent);
    }

    [Fact]
    public async Task Api_clients_get_English_problem_json_whatever_their_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-paper-here");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var response = await _client.SendAsync(request);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("No paper id found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public void Every_English_text_has_a_Chinese_translation()
    {
        var text = _factory.Services.GetRequiredService<IStringLocalizer<PageText>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = text.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh");
            var chinese = text.GetAllStrings(includeParentCultures: false).ToDictionary(s => s.Name, s => s.Value);

            Assert.NotEmpty(english);
            Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
            foreach (var (name, value) in chinese)
            {
                // Placeholders survive translation, and no sentence is left in English.
                Assert.Equal(Placeholders(english[name]), Placeholders(value));
                Assert.True(name == "Html.Lang" || value.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{name} is not Chinese: {value}");
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string Placeholders(string text) =>
        string.Join(',', System.Text.RegularExpressions.Regex.Matches(text, @"\{[0-9]+\}").Select(m => m.Value).Order());

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return await _client.SendAsync(request);
    }
}
