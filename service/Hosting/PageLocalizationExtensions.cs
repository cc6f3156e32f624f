using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Redirector.Hosting;

/// <summary>
/// The pages follow the reader's Accept-Language through the framework's request localisation: English by default,
/// Chinese for any zh (zh-CN, zh-TW and zh-HK fall back to their parent, zh, whose text is Simplified Chinese: for
/// readers of Traditional Chinese it is far closer than English). problem+json stays English for API clients.
/// <para>
/// The service runs without culture data (service/Globalization.props), so no culture knows its parent: the fallback
/// is by the primary language subtag of each language the reader accepts (<see cref="PrimaryLanguageProvider"/>).
/// </para>
/// </summary>
public static class PageLocalizationExtensions
{
    private static readonly CultureInfo[] Languages = [new("en"), new("zh")];

    public static IServiceCollection AddPageLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = Languages;
            options.SupportedUICultures = Languages;
            // Only the header: a query string or cookie would be one more input to validate, for no reader's benefit.
            options.RequestCultureProviders = [new PrimaryLanguageProvider(Languages)];
        });
        return services;
    }
}
