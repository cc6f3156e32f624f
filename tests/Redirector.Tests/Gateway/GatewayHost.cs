using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Redirector.Tests.Service;

namespace Redirector.Tests.Gateway;

/// <summary>A running upstream and the service as its front door, configured as an operator would.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public const string DoorOrigin = "https://door.example";

    /// <summary>The door's public host: what browsers put in the Host header when they come through the front.</summary>
    public const string DoorHost = "door.example";

    private GatewayHost(FakeUpstream upstream, RedirectorFactory door, LogRecorder logs)
    {
        Upstream = upstream;
        Door = door;
        Logs = logs;

        // A real socket, as in production: client addresses, forwarded headers and connection resets are real.
        // Both loopbacks, each on a port of its own: clients on IPv6 sockets are clients too.
        door.UseKestrel(kestrel =>
        {
            kestrel.Listen(System.Net.IPAddress.Loopback, 0);
            kestrel.Listen(System.Net.IPAddress.IPv6Loopback, 0);
        });
        door.StartServer();
        var addresses = door.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.First(address => address.Contains("127.0.0.1", StringComparison.Ordinal)));
        Ipv6Address = new Uri(addresses.First(address => address.Contains("[::1]", StringComparison.Ordinal)));
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
        Client.DefaultRequestHeaders.Host = DoorHost;
    }

    public FakeUpstream Upstream { get; }

    public RedirectorFactory Door { get; }

    public LogRecorder Logs { get; }

    /// <summary>Where the door listens on loopback; the client reaches it there under its public host name.</summary>
    public Uri Address { get; }

    /// <summary>Where the door listens on IPv6 loopback (<c>[::1]</c>).</summary>
    public Uri Ipv6Address { get; }

    public HttpClient Client { get; }

    public static async Task<GatewayHost> StartAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var upstream = new FakeUpstream();
        await upstream.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Redirector:Upstream"] = upstream.Origin,
            ["Redirector:Target"] = DoorOrigin,
            ["Redirector:UpstreamTimeout"] = "00:00:01",
            ["Redirector:RateLimit:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        // Starting a factory's server while other test classes start theirs can, rarely, catch the framework setting
        // its addresses on a server already started (seen once in several hundred starts): a fresh factory starts
        // cleanly. Only the start is tried again; every assertion runs once.
        for (var attempt = 1; ; attempt++)
        {
            var logs = new LogRecorder();
            var door = RedirectorFactory.With(settings, web => web.ConfigureLogging(logging => logging.AddProvider(logs)));
            try
            {
                return new GatewayHost(upstream, door, logs);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await door.DisposeAsync();
            }
        }
    }

    /// <summary>The lines the door logged as the site's failure.</summary>
    public IEnumerable<LogEntry> UpstreamFailures =>
        Logs.Entries.Where(entry => entry.Category == "Redirector.Requests" && entry.Level >= LogLevel.Warning);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Door.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}
