namespace Redirector.Gateway;

/// <summary>Whether a client may have one more request forwarded to the site.</summary>
public interface IClientRateLimit
{
    /// <returns>null when the request may go on; otherwise how long the client should wait.</returns>
    ValueTask<TimeSpan?> TryAcquireAsync(HttpContext context);
}
