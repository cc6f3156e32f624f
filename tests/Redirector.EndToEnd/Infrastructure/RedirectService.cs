using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>
/// The real service on a real Kestrel socket, so the browser reaches it the way a user's browser would, with
/// settings passed the way an operator passes them.
/// </summary>
public sealed class RedirectService : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private RedirectService(IReadOnlyDictionary<string, string?> settings, int port)
    {
        _settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    /// <summary>Scheme, host and port, without a trailing slash: what the extension's serviceUrl holds.</summary>
    public string OriginText { get; private set; } = string.Empty;

    /// <param name="port">0 for any free port; a fixed one only when the settings must name the service's own origin.</param>
    public static RedirectService Start(IReadOnlyDictionary<string, string?> settings, int port = 0)
    {
        var service = new RedirectService(settings, port);
        try
        {
            service.StartServer();
            var address = service.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            service.OriginText = new Uri(address).GetLeftPart(UriPartial.Authority);
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Request logs from every browser test would bury the one failure message that matters. Settings, not
        // logging calls: the service's built-in defaults name levels per category, and those would win.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Redirector.Requests", "Warning");
        // Nothing balances load in front of the tests' service: stopping need not wait for one to notice.
        builder.UseSetting("Redirector:DrainDelay", "00:00:00");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
