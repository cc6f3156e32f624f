using Redirector.Hosting;

// The slim builder leaves out what this service never uses (the event log, event source and debugger log providers,
// hosting startup assemblies, static web assets, regex route constraints): a tenth of the native binary's start and a
// few MB of its memory (docs/performance.md). HTTPS endpoints in Kestrel's configuration stay available.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();
builder.AddRedirector();

var app = builder.Build();
app.MapRedirector();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
