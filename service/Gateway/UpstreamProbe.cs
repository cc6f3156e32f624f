using System.Diagnostics;
using Microsoft.Extensions.Options;
using Redirector.Configuration;

namespace Redirector.Gateway;

/// <summary>One look at the site: can it answer right now? Anything below 500 counts as up.</summary>
public sealed record UpstreamLook(bool IsUp, string Description, long TakenAt);

/// <summary>Asks the site's health path, within a short timeout of its own.</summary>
public sealed class UpstreamProbe(UpstreamClient client, IOptions<RedirectorOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<UpstreamLook> LookAsync()
    {
        var probe = new Uri(client.Upstream, options.Value.UpstreamHealthPath);
        using var timeout = new CancellationTokenSource(Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, probe);
            using var response = await client.Invoker.SendAsync(request, timeout.Token);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = (int)response.StatusCode;
            return new UpstreamLook(status < 500, FormattableString.Invariant($"upstream answered {status} in {elapsed:0} ms"), Stopwatch.GetTimestamp());
        }
        catch (OperationCanceledException)
        {
            return new UpstreamLook(false, FormattableString.Invariant($"upstream did not answer within {Timeout.TotalSeconds:0} s"), Stopwatch.GetTimestamp());
        }
        catch (HttpRequestException exception)
        {
            return new UpstreamLook(false, $"upstream unreachable: {exception.HttpRequestError}", Stopwatch.GetTimestamp());
        }
    }
}
