using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace Redirector.Hosting;

/// <summary>
/// The reader's Accept-Language, each language read as its primary subtag: <c>zh-TW</c>, <c>zh-Hant-HK</c> and
/// <c>zh-CN</c> are <c>zh</c>, <c>en-GB</c> is <c>en</c>, in the reader's order of preference. The framework's fallback
/// to a parent culture does the same with culture data, which the service does not load (service/Globalization.props).
/// </summary>
internal sealed class PrimaryLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        // The header provider answers at once; it has no I/O to wait for.
        var languages = base.DetermineProviderCultureResult(httpContext);
        return languages.IsCompletedSuccessfully ? Task.FromResult(Primary(languages.Result)) : PrimaryAfter(languages);
    }

    private static async Task<ProviderCultureResult?> PrimaryAfter(Task<ProviderCultureResult?> languages) =>
        Primary(await languages.ConfigureAwait(false));

    private static ProviderCultureResult? Primary(ProviderCultureResult? languages) =>
        languages is null ? null : new ProviderCultureResult(Primary(languages.Cultures), Primary(languages.UICultures));

    private static List<StringSegment> Primary(IList<StringSegment> languages)
    {
        var primary = new List<StringSegment>(languages.Count);
        foreach (var language in languages)
        {
            var subtag = language.IndexOf('-') is var dash and > 0 ? language.Subsegment(0, dash) : language;
            if (!primary.Contains(subtag))
            {
                primary.Add(subtag);
            }
        }

        return primary;
    }
}
