using Microsoft.Extensions.Logging.Console;

namespace Redirector.Hosting;

/// <summary>
/// The logging the full builder gives operators, on the slim builder: the console format chosen in configuration
/// (<c>Logging:Console:FormatterName</c> = <c>json</c>, <c>systemd</c> or <c>simple</c>), which the slim builder fixes to
/// simple, and the event source provider, through which dotnet-trace and dotnet-monitor collect log lines.
/// </summary>
internal static class FullBuilderLogging
{
    internal static void AddFullBuilderLogging(this WebApplicationBuilder builder)
    {
        var formatter = builder.Configuration["Logging:Console:FormatterName"];
        if (!string.IsNullOrEmpty(formatter))
        {
            builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = formatter);
        }

        builder.Logging.AddEventSourceLogger();
    }
}
