using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Redirector.Tests.Service;

/// <summary>The real application in memory, with configuration overrides per test.</summary>
public sealed class RedirectorFactory : WebApplicationFactory<Program>
{
    public const string DefaultTarget = "https://papers.cool";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IWebHostBuilder>? _configure;

    /// <summary>The embedded defaults, as a newcomer runs it.</summary>
    public RedirectorFactory()
        : this(new Dictionary<string, string?>(), null)
    {
    }

    private RedirectorFactory(IReadOnlyDictionary<string, string?> settings, Action<IWebHostBuilder>? configure)
    {
        _settings = settings;
        _configure = configure;
    }

    /// <summary>The application with some settings overridden, as an operator would configure it.</summary>
    public static RedirectorFactory With(IReadOnlyDictionary<string, string?> settings, Action<IWebHostBuilder>? configure = null) =>
        new(settings, configure);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");

        // Stopping waits this long for load balancers to notice; nothing balances load in front of a test's host.
        builder.UseSetting("Redirector:DrainDelay", "00:00:00");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        _configure?.Invoke(builder);
    }

    /// <summary>
    /// Starts the application on a real Kestrel socket on loopback, for what only Kestrel does: its request limits,
    /// leaving out a HEAD response's body. Returns the address to connect to.
    /// </summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
