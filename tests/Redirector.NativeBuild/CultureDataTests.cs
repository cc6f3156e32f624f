using System.Net;

namespace Redirector.NativeBuild;

/// <summary>
/// The native binary runs without culture data (service/Globalization.props): ICU is not loaded to answer a redirect,
/// and full-width text, the one thing that needs it, still finds its paper through ICU's normaliser loaded then.
/// </summary>
public sealed class CultureDataTests
{
    [Fact]
    public async Task A_redirect_loads_no_ICU_and_full_width_text_loads_only_its_normaliser()
    {
        await using var service = await NativeService.StartAsync();

        var plain = await service.Client.GetAsync(new Uri("/https://arxiv.org/abs/2401.12345v2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, plain.StatusCode);
        Assert.False(service.HasLoaded("libicu"), "a plain redirect loaded ICU");

        var fullWidth = await service.Client.GetAsync(new Uri("/arXiv%EF%BC%9A%EF%BC%92%EF%BC%94%EF%BC%90%EF%BC%91%EF%BC%8E%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, fullWidth.StatusCode);
        Assert.Equal("https://papers.cool/arxiv/2401.12345", fullWidth.Headers.Location?.OriginalString);
        Assert.True(service.HasLoaded("libicuuc"));
        Assert.False(service.HasLoaded("libicui18n"), "collation and culture data were loaded too");
    }
}
