namespace Redirector.Tests.Service;

/// <summary>
/// One service on a real Kestrel socket, shared by a test class, for what only Kestrel does (its request limits,
/// leaving out a HEAD response's body). Such classes start alone: two factories of the same program starting at once
/// can be handed each other's host, which then fails to start.
/// </summary>
public sealed class LoopbackService : IDisposable
{
    public const string Collection = "Service on loopback";

    private readonly RedirectorFactory _factory = new();

    public LoopbackService() => Address = _factory.StartOnLoopback();

    public Uri Address { get; }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    public void Dispose() => _factory.Dispose();
}

[CollectionDefinition(LoopbackService.Collection, DisableParallelization = true)]
public sealed class LoopbackServiceRunsAlone : ICollectionFixture<LoopbackService>;
