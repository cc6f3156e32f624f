// Answers every request with the same redirect, with no routing, no parsing and no logging. bench/run measures it
// against nginx beside the service: the gap between this app and nginx is Kestrel's and the runtime's, and the
// gap between this app and the service is the service's own work.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    context.Response.StatusCode = StatusCodes.Status302Found;
    context.Response.Headers.Location = "https://papers.cool/arxiv/2401.12345";
    return Task.CompletedTask;
});
app.Run();
