using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace Redirector.Hosting;

/// <summary>
/// The reader's Accept-Language, each language read as its primary subtag: <c>zh-TW</c>, <c>zh-Hant-HK</c> and
/// <c>zh_CN</c> are <c>zh</c>, <c>en-GB</c> is <c>en</c>, in the reader's order of preference. The framework's fallback
/// to a parent culture does the same with culture data, which the service does not load (service/Globalization.props).
/// <para>
/// Only the pages' own languages are passed on. The framework keeps every language name it is asked to look up in a
/// cache that never shrinks, so names a client makes up must not reach it.
/// </para>
/// </summary>
internal sealed class PrimaryLanguageProvider(IReadOnlyList<CultureInfo> languages) : AcceptLanguageHeaderRequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        // The header provider answers at once; it has no I/O to wait for.
        var accepted = base.DetermineProviderCultureResult(httpContext);
        return accepted.IsCompletedSuccessfully ? Task.FromResult(Ours(accepted.Result)) : OursAfter(accepted);
    }

    private async Task<ProviderCultureResult?> OursAfter(Task<ProviderCultureResult?> accepted) =>
        Ours(await accepted.ConfigureAwait(false));

    private ProviderCultureResult? Ours(ProviderCultureResult? accepted)
    {
        var ours = accepted is null ? [] : Ours(accepted.UICultures);
        return ours.Count == 0 ? null : new ProviderCultureResult(ours);
    }

    private List<StringSegment> Ours(IList<StringSegment> accepted)
    {
        var ours = new List<StringSegment>(languages.Count);
        foreach (var language in accepted)
        {
            var end = language.IndexOfAny(['-', '_']);
            var primary = end > 0 ? language.Subsegment(0, end) : language;
            foreach (var known in languages)
            {
                if (primary.Equals(known.Name, StringComparison.OrdinalIgnoreCase) && !ours.Contains(known.Name))
                {
                    ours.Add(known.Name);
                }
            }
        }

        return ours;
    }
}
