using System.Net;

namespace Redirector.Tests.Service;

internal static class HttpAssert
{
    internal static string RedirectLocation(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return response.Headers.Location?.OriginalString ?? throw new Xunit.Sdk.XunitException("302 without a Location header");
    }

    /// <summary>Either a 4xx, or a redirect that stays on the configured origin. Never a 5xx, never elsewhere.</summary>
    internal static void SafeAnswer(HttpResponseMessage response, string target, string request)
    {
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{request} gave {status}");
        if (status == 300)
        {
            // Several pages, listed in the body; every one on the target.
            Assert.Null(response.Headers.Location);
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            foreach (System.Text.RegularExpressions.Match url in System.Text.RegularExpressions.Regex.Matches(body, "(?:href=|\"urls\":\\[|,)\"(https?://[^\"]*)\""))
            {
                Assert.True(url.Groups[1].Value.StartsWith(target + "/", StringComparison.Ordinal), $"{request} offered {url.Groups[1].Value}");
            }
        }
        else if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            Assert.True(location.StartsWith(target + "/", StringComparison.Ordinal), $"{request} redirected to {location}");
            var uri = new Uri(location);
            Assert.Equal(new Uri(target).Authority, uri.Authority);
            Assert.DoesNotContain('\r', location);
            Assert.DoesNotContain('\n', location);
        }
        else
        {
            Assert.InRange(status, 200, 499);
        }
    }
}
