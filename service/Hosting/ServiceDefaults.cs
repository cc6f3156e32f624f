using Microsoft.Extensions.Configuration.Memory;

namespace Redirector.Hosting;

/// <summary>
/// The settings that keep the service fast and quiet, in code at the lowest precedence, so that it behaves the same
/// whatever directory it is started from (the content root, where an appsettings.json would be looked for, is the
/// working directory). An appsettings.json there, environment variables and the command line override them.
/// </summary>
internal static class ServiceDefaults
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Logging:LogLevel:Default"] = "Information",

        // The framework's two lines per request (starting, finished) at Information halve the throughput.
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",

        // Enabled at any level, this category makes hosting start an Activity and a log scope for every request, for
        // correlating log lines that are never written: some 390 bytes allocated per request, a sixth of what a
        // redirect allocated before its path was cut down (docs/performance.md). Nothing per request is lost: its
        // own lines are the starting and finished ones above.
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "None",
        ["Logging:LogLevel:Yarp"] = "Warning",

        // The forwarder logs every failed forward at Warning, with its exception, the client's faults included. The
        // door logs each failure once itself (RequestLog: the site's at Warning with the exception, the client's at
        // Information), so a client trickling bodies cannot make the log say the site is failing.
        ["Logging:LogLevel:Yarp.ReverseProxy.Forwarder.HttpForwarder"] = "Error",

        // Forwarded requests and their failures; redirects log at Debug (see RequestLog).
        ["Logging:LogLevel:" + Redirects.RequestLog.Category] = "Information",
    };

    internal static void AddServiceDefaults(this IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Settings });
}
