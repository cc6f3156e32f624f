using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Redirector.Configuration;
using Redirector.Gateway;

namespace Redirector.Fleet;

/// <summary>
/// One token bucket per client, kept in Redis, so that every replica draws from the same bucket: N replicas let a client
/// through at the configured rate, not N times it. When Redis does not answer within <c>Redirector:RedisTimeout</c>,
/// this replica's own bucket decides (<see cref="ForwardedRateLimiter"/>): the service keeps serving at up to N times
/// the limit instead of refusing everybody or making them wait. After a few failures Redis is left alone for a second
/// at a time (a circuit breaker), so that a Redis that hangs costs no request its timeout; the first answer after that
/// brings the shared limit back.
/// </summary>
public sealed partial class RedisClientRateLimit : IClientRateLimit, IHostedService
{
    /// <summary>Long enough for a cold start on a busy machine; Redis being down does not hold start-up longer.</summary>
    private static readonly TimeSpan WarmUpTimeout = TimeSpan.FromSeconds(3);

    private readonly RedisConnection _connection;
    private readonly ForwardedRateLimiter _local;
    private readonly ServiceMetrics _metrics;
    private readonly ILogger _logger;
    private readonly RedisTokenBucket _shared;
    private readonly ResiliencePipeline _redis;
    private readonly int _ipv6PrefixLength;
    private int _fallingBack;

    public RedisClientRateLimit(
        RedisConnection connection,
        ForwardedRateLimiter local,
        ServiceMetrics metrics,
        IOptions<RedirectorOptions> options,
        ILogger<RedisClientRateLimit> logger)
    {
        _connection = connection;
        _local = local;
        _metrics = metrics;
        _logger = logger;

        var limit = options.Value.RateLimit;
        _shared = new RedisTokenBucket(limit.Burst, limit.PerSecond);
        _ipv6PrefixLength = limit.Ipv6PrefixLength;

        _redis = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(1),
                BreakDuration = TimeSpan.FromSeconds(1),
            })
            .AddTimeout(options.Value.RedisTimeout)
            .Build();
    }

    public async ValueTask<TimeSpan?> TryAcquireAsync(HttpContext context)
    {
        if (_connection.Multiplexer is null)
        {
            return FallBack(context, "not_connected", null);
        }

        TimeSpan? wait;
        try
        {
            // The client library does not take a cancellation token to Redis; WaitAsync makes the timeout bite.
            wait = await _redis.ExecuteAsync(
                static async (state, token) => await state._shared.TakeAsync(state.database, state.key).WaitAsync(token),
                (_shared, database: _connection.Multiplexer.GetDatabase(), key: KeyOf(ClientKey.Of(context, _ipv6PrefixLength))),
                CancellationToken.None);
        }
        catch (BrokenCircuitException exception)
        {
            return FallBack(context, "circuit_open", exception);
        }
        catch (TimeoutRejectedException exception)
        {
            return FallBack(context, "timeout", exception);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return FallBack(context, "error", exception);
        }

        if (Volatile.Read(ref _fallingBack) == 1 && Interlocked.Exchange(ref _fallingBack, 0) == 1)
        {
            LogRedisBack(_logger);
        }

        return wait;
    }

    /// <summary>
    /// One decision before the server accepts requests, for a client address no request has: it warms the path and
    /// loads the script into Redis, which on a cold replica can take longer than the Redis timeout, so that the first
    /// clients are not decided by the local bucket (a whole extra burst each) for no fault of Redis.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_connection.Multiplexer is not { IsConnected: true })
        {
            return;
        }

        try
        {
            await _shared.TakeAsync(_connection.Multiplexer.GetDatabase(), KeyOf(IPAddress.IPv6None)).WaitAsync(WarmUpTimeout, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Redis is the requests' business from here on, with their timeout and fallback.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The Redis key of a client's bucket: the same <see cref="ClientKey"/> the local buckets are kept by.</summary>
    internal static string KeyOf(IPAddress client) => "redirector:" + client;

    private TimeSpan? FallBack(HttpContext context, string reason, Exception? exception)
    {
        _metrics.RedisFallback(reason);

        // Once per outage, not once per request: the counter says how many decisions it took.
        if (Interlocked.Exchange(ref _fallingBack, 1) == 0)
        {
            LogRedisUnavailable(_logger, reason, exception?.Message ?? "no connection yet");
        }

        return _local.TryAcquire(context);
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Redis did not answer for the shared rate limit ({Reason}: {Detail}); until it does, each replica limits clients with its own bucket.")]
    private static partial void LogRedisUnavailable(ILogger logger, string reason, string detail);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Redis answers again: the shared rate limit applies.")]
    private static partial void LogRedisBack(ILogger logger);
}
