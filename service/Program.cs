using Redirector.Hosting;

// The slim builder leaves out what this service never uses (hosting startup assemblies, static web assets, regex route
// constraints, HTTP/3, the Windows event log and debugger log providers): a tenth of the native binary's start and a
// few MB of its memory (docs/performance.md). What operators rely on is added back: HTTPS endpoints in Kestrel's
// configuration, and the logging choices the full builder gives.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();
builder.AddFullBuilderLogging();
builder.AddRedirector();

var app = builder.Build();
app.MapRedirector();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
