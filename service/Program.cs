using Redirector.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRedirector();

var app = builder.Build();
app.MapRedirector();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
