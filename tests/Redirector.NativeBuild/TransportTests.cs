namespace Redirector.NativeBuild;

/// <summary>
/// The native binary chooses its transport itself (service/Hosting/InlineTransport.cs): the runtime then starts one
/// socket engine thread per core, which run completions inline, instead of one for up to thirty cores that hands
/// them to the thread pool. Counting those threads shows which the runtime took.
/// </summary>
public sealed class TransportTests
{
    [Fact]
    public async Task Socket_completions_run_inline_by_default()
    {
        await using var service = await NativeService.StartAsync();

        Assert.Equal(Environment.ProcessorCount, service.ThreadsNamed(".NET Sockets"));
    }

    [Fact]
    public async Task Configuration_turns_the_inline_transport_off()
    {
        await using var service = await NativeService.StartAsync("--Redirector:InlineTransport=false");

        Assert.Equal(1, service.ThreadsNamed(".NET Sockets"));
        var response = await service.Client.GetAsync(new Uri("/https://arxiv.org/abs/2401.12345v2", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Found, response.StatusCode);
    }
}
