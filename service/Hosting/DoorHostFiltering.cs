using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Redirector.Gateway;

namespace Redirector.Hosting;

/// <summary>
/// The framework's host filtering, with the door's public hosts, for everything but the health probes. The framework's
/// own instance at the head of the pipeline (the top-level <c>AllowedHosts</c> setting) cannot leave the probes out,
/// so it stays at its default and this one is placed after the probes' exemption.
/// </summary>
internal static class DoorHostFiltering
{
    internal static IApplicationBuilder UseDoorHostFiltering(this IApplicationBuilder app)
    {
        var hosts = app.ApplicationServices.GetRequiredService<PublicHosts>();
        var options = new HostFilteringOptions
        {
            AllowedHosts = [.. hosts.Names],

            // An empty 400 is turned into problem+json by the status code pages further out.
            IncludeFailureMessage = false,
        };
        var logger = app.ApplicationServices.GetRequiredService<ILogger<HostFilteringMiddleware>>();
        return app.UseWhen(
            context => !HealthPaths.IsProbe(context.Request),
            door => door.Use(next => new HostFilteringMiddleware(next, logger, new FixedOptions(options)).Invoke));
    }

    private sealed class FixedOptions(HostFilteringOptions value) : IOptionsMonitor<HostFilteringOptions>
    {
        public HostFilteringOptions CurrentValue => value;

        public HostFilteringOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<HostFilteringOptions, string?> listener) => null;
    }
}
