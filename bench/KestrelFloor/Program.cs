// Answers every request with the same redirect, with no routing, no parsing and no logging. bench/run measures it
// against nginx beside the service: the gap between this app and nginx is Kestrel's and the runtime's, and the
// gap between this app and the service is the service's own work.
//
// Framework defaults unless started with --InlineTransport=true, which gives it the transport the service chooses
// for itself (service/Hosting/InlineTransport.cs): socket completions and requests on the socket engine's thread.
// bench/run measures both, so that the service is compared with a floor on the same transport too.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
if (builder.Configuration.GetValue<bool>("InlineTransport"))
{
    Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
    builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
}

var app = builder.Build();
app.Run(context =>
{
    context.Response.StatusCode = StatusCodes.Status302Found;
    context.Response.Headers.Location = "https://papers.cool/arxiv/2401.12345";
    return Task.CompletedTask;
});
app.Run();
