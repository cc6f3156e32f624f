using Microsoft.Extensions.Options;

namespace Redirector.Tests.Service;

/// <summary>
/// Counts how often an options type is made. Options are made when first asked for, so a count of zero says that
/// nothing needing them (a middleware, an endpoint) has been built yet.
/// </summary>
public sealed class ConfigureCount<TOptions> : IConfigureOptions<TOptions>
    where TOptions : class
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Configure(TOptions options) => Interlocked.Increment(ref _count);
}
