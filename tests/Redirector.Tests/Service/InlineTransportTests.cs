using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Redirector.Tests.Service;

/// <summary>
/// The service runs requests on the socket engine's own thread (service/Hosting/InlineTransport.cs), where anything
/// that waits stalls every connection that thread serves. The answer nearly every request gets, a plain redirect, must
/// therefore never wait at all: the whole pipeline returns it already completed, without an await that suspends.
/// </summary>
public sealed class InlineTransportTests
{
    [Theory]
    [InlineData("/https://arxiv.org/abs/2401.12345v2")]
    [InlineData("/arxiv.org/pdf/2401.12345.pdf")]
    [InlineData("/https://openreview.net/forum?id=LcF-EEt8cCC")]
    [InlineData("/https://arxiv.org/abs/hep-th/9901001v2")]
    [InlineData("/arxiv/arXiv:2401.12345v2")]
    [InlineData("/arxiv/2401.12345")]
    public async Task A_plain_redirect_completes_synchronously(string address)
    {
        var seen = new ConcurrentQueue<(string Address, bool Completed)>();
        await using var factory = RedirectorFactory.With(
            new Dictionary<string, string?>(),
            web => web.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ObservePipeline(seen))));
        using var client = factory.CreateNonRedirectingClient();

        var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var (_, completed) = Assert.Single(seen);
        Assert.True(completed, $"the pipeline's task for {address} was still running when it was returned");
    }

    [Fact]
    public async Task The_transport_is_inline_by_default_and_configuration_turns_it_off()
    {
        await using var byDefault = new RedirectorFactory();
        await using var off = RedirectorFactory.With(new Dictionary<string, string?> { ["Redirector:InlineTransport"] = "false" });

        Assert.True(Options(byDefault).InlineTransport);
        Assert.False(Options(off).InlineTransport);
    }

    private static Configuration.RedirectorOptions Options(RedirectorFactory factory) =>
        factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.RedirectorOptions>>().Value;

    /// <summary>Around the whole pipeline: whether the task it returns for each request is already complete.</summary>
    private sealed class ObservePipeline(ConcurrentQueue<(string Address, bool Completed)> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, inner) =>
            {
                var task = inner(context);
                seen.Enqueue((context.Request.Path + context.Request.QueryString, task.IsCompletedSuccessfully));
                return task;
            });
            next(app);
        };
    }
}
