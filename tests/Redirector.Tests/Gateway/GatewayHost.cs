using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Redirector.Tests.Service;

namespace Redirector.Tests.Gateway;

/// <summary>A running upstream and the service as its front door, configured as an operator would.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public const string DoorOrigin = "https://door.example";

    private GatewayHost(FakeUpstream upstream, RedirectorFactory door)
    {
        Upstream = upstream;
        Door = door;

        // A real socket, as in production: client addresses, forwarded headers and connection resets are real.
        door.UseKestrel(0);
        door.StartServer();
        var address = door.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)),
        };
    }

    public FakeUpstream Upstream { get; }

    public RedirectorFactory Door { get; }

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

        return new GatewayHost(upstream, RedirectorFactory.With(settings));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Door.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}
