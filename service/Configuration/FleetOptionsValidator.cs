using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Redirector.Configuration;

/// <summary>The settings for running as one of several replicas: Redis, metrics, drain and redirect caching.</summary>
public sealed class FleetOptionsValidator : IValidateOptions<RedirectorOptions>
{
    private static readonly TimeSpan LongestCache = TimeSpan.FromDays(365);

    public ValidateOptionsResult Validate(string? name, RedirectorOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Redis) && !IsRedisConnectionString(options.Redis, out var why))
        {
            failures.Add($"Redirector:Redis is not a usable StackExchange.Redis connection string: {why} Example: redis:6379 or redis.example:6380,ssl=true,password=...");
        }

        if (options.RedisTimeout < TimeSpan.FromMilliseconds(10) || options.RedisTimeout > TimeSpan.FromSeconds(1))
        {
            failures.Add($"Redirector:RedisTimeout must be between 00:00:00.010 and 00:00:01: a request waits this long at most for Redis (was {options.RedisTimeout}).");
        }

        if (options.Metrics.Port is { } port && port is < 1 or > 65_535)
        {
            failures.Add($"Redirector:Metrics:Port must be a TCP port between 1 and 65535 (was {port}).");
        }

        if (options.Metrics.Host is not ("*" or "+") && Uri.CheckHostName(options.Metrics.Host) == UriHostNameType.Unknown)
        {
            failures.Add($"Redirector:Metrics:Host must be '*' (every interface) or a host name such as localhost (was '{options.Metrics.Host}').");
        }

        if (options.DrainDelay < TimeSpan.Zero || options.DrainDelay > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Redirector:DrainDelay must be between 00:00:00 and 00:05:00 (was {options.DrainDelay}).");
        }

        if (options.DrainTimeout <= TimeSpan.Zero || options.DrainTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Redirector:DrainTimeout must be more than 0 and at most 00:10:00 (was {options.DrainTimeout}).");
        }

        foreach (var (setting, age) in new[] { ("MaxAge", options.RedirectCache.MaxAge), ("SharedMaxAge", options.RedirectCache.SharedMaxAge) })
        {
            if (age < TimeSpan.Zero || age > LongestCache || age.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                failures.Add($"Redirector:RedirectCache:{setting} must be whole seconds between 00:00:00 and 365.00:00:00 (was {age}).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsRedisConnectionString(string value, out string why)
    {
        try
        {
            var parsed = ConfigurationOptions.Parse(value);
            why = parsed.EndPoints.Count == 0 ? "it names no host." : string.Empty;
            return parsed.EndPoints.Count > 0;
        }
        catch (ArgumentException exception)
        {
            why = exception.Message;
            return false;
        }
    }
}
