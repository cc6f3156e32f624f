using Microsoft.Extensions.Options;
using Redirector.Configuration;
using StackExchange.Redis;

namespace Redirector.Fleet;

/// <summary>
/// The one connection to Redis for the shared rate limit. Redis being down must not keep the service from starting
/// or make requests wait, so the connection is made without failing start-up, commands fail at once while it is
/// down instead of queueing, and it reconnects in the background about once a second.
/// </summary>
public sealed class RedisConnection(IOptions<RedirectorOptions> options) : IHostedService, IAsyncDisposable
{
    /// <summary>Long enough for a Redis on the network, short enough not to hold up start-up.</summary>
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    private ConnectionMultiplexer? _multiplexer;

    /// <summary>Null until the service has started; connected or not, it is the same multiplexer afterwards.</summary>
    public IConnectionMultiplexer? Multiplexer => _multiplexer;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Redis!);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)options.Value.RedisTimeout.TotalMilliseconds;
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        configuration.ClientName ??= "redirector";

        // Scripts only: no pub/sub connection to keep alive and to reconnect after an outage.
        configuration.CommandMap = CommandMap.Create(["SUBSCRIBE"], available: false);
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
        }
    }
}
