using StackExchange.Redis;

namespace Redirector.Fleet;

/// <summary>
/// A token bucket per client kept in one Redis hash and taken from by one script, so that concurrent replicas cannot
/// both spend the last token. The script gets its keys and arguments as arrays: the client library's named-parameter
/// scripts read an object's properties by reflection and compile expressions, which the native build cannot do.
/// </summary>
public sealed class RedisTokenBucket(int burst, int perSecond)
{
    // Tokens come back whole, once per second since the last refill, so that the stored state stays integers; a
    // rejected request leaves the state as it was. The key expires when a bucket left alone would be full again.
    // The time is Redis's own: replicas' clocks may disagree, and one that ran ahead would refill for all of them.
    // Writing after reading TIME needs effects replication, the default from Redis 5 on and asked for before that.
    private const string Script = """
        redis.replicate_commands()
        local burst = tonumber(ARGV[1])
        local per_second = tonumber(ARGV[2])
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'refilled')
        local tokens = tonumber(state[1]) or burst
        local refilled = tonumber(state[2]) or now
        local seconds = math.floor(math.max(0, now - refilled) / 1000)
        tokens = math.min(burst, tokens + seconds * per_second)
        refilled = refilled + seconds * 1000
        if tokens < 1 then
          return 1000 - (now - refilled)
        end
        redis.call('HSET', KEYS[1], 'tokens', tokens - 1, 'refilled', refilled)
        redis.call('PEXPIRE', KEYS[1], math.ceil(burst / per_second) * 1000 + 1000)
        return 0
        """;

    private readonly RedisValue _burst = burst;
    private readonly RedisValue _perSecond = perSecond;

    /// <summary>Null when the client may go ahead (a token taken), else how long until the bucket has one again.</summary>
    public async Task<TimeSpan?> TakeAsync(IDatabase database, string key)
    {
        var wait = (long)await database.ScriptEvaluateAsync(Script, [key], [_burst, _perSecond]);
        return wait <= 0 ? null : TimeSpan.FromMilliseconds(wait);
    }
}
