using Redirector.Configuration;

namespace Redirector.Hosting;

/// <summary>
/// The transport this service is fastest on: socket completions run on the socket engine's own thread, and in redirect
/// mode Kestrel runs the request there too, instead of each read and write being handed to the thread pool. On one core those
/// hand-offs (a queue, a wake-up and a thread switch each way) were much of what separated the service from nginx;
/// taking them out is the largest single gain measured (docs/performance.md). <c>Redirector:InlineTransport=false</c>
/// turns both off.
/// <para>
/// The price is a rule: nothing on the request path may block a thread, since a blocked socket thread stalls every
/// connection it serves. The plain redirect path completes synchronously (<c>InlineTransportTests</c> holds that), and
/// the gateway's forwarding only awaits (a hung site under load must not slow other clients' redirects:
/// <c>HungUpstreamTests</c>).
/// </para>
/// </summary>
internal static class InlineTransport
{
    /// <summary>The runtime's switch; it has no runtimeconfig or AppContext form, only this environment variable.</summary>
    internal const string RuntimeVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// Chooses the transport before any socket exists. The runtime reads its variable once, when its socket engine is
    /// first used (a static field of <c>SocketAsyncEngine</c>), which in this process is when Kestrel binds, long
    /// after this runs; the process's own environment, changed here, is what that read sees, in a native binary too.
    /// </summary>
    internal static void ChooseTransport(this WebApplicationBuilder builder, RedirectorOptions settings)
    {
        // Set either way, so that the configuration decides even when the variable was inherited.
        Environment.SetEnvironmentVariable(RuntimeVariable, settings.InlineTransport ? "1" : "0");
        // Kestrel's inline scheduling runs the request itself on that thread too: in redirect mode, where a request is a
        // few microseconds of work that never waits, it added to the completions' gain; in gateway mode it cost
        // forwarded pages more than it saved (YARP's copying then shares the one thread with every socket event), so
        // there the completions alone are inline and requests go to the thread pool (docs/performance.md).
        if (settings.InlineTransport && !settings.IsGateway)
        {
            builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        }
    }
}
