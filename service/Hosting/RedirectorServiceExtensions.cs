using Microsoft.Extensions.Options;
using Redirector.Configuration;
using Redirector.Redirects;

namespace Redirector.Hosting;

public static class RedirectorServiceExtensions
{
    /// <summary>Options (validated at start-up), the grammar's limits and the URL builders.</summary>
    public static IServiceCollection AddRedirector(this IServiceCollection services)
    {
        services.AddOptions<RedirectorOptions>()
            .BindConfiguration(RedirectorOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedirectorOptions>, RedirectorOptionsValidator>();
        services.AddSingleton<TargetSite>();
        services.AddSingleton<PaperLookup>();
        services.AddSingleton<PaperResponses>();
        services.AddSingleton<ISitePages, RedirectModeSitePages>();
        services.AddProblemDetails();
        services.AddHealthChecks();
        return services;
    }
}
