using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Redirector.Hosting;

namespace Redirector.Tests.Fleet;

public sealed class FleetConfigurationTests
{
    [Theory]
    [InlineData("Redirector:Redis", "redis:6379,bogus=1", "Redirector:Redis")]
    [InlineData("Redirector:Redis", ",", "Redirector:Redis")]
    [InlineData("Redirector:RedisTimeout", "00:00:05", "Redirector:RedisTimeout")]
    [InlineData("Redirector:Metrics:Port", "70000", "Redirector:Metrics:Port")]
    [InlineData("Redirector:Metrics:Host", "not a host", "Redirector:Metrics:Host")]
    [InlineData("Redirector:DrainDelay", "-00:00:01", "Redirector:DrainDelay")]
    [InlineData("Redirector:DrainTimeout", "00:00:00", "Redirector:DrainTimeout")]
    [InlineData("Redirector:RedirectCache:MaxAge", "00:00:00.500", "Redirector:RedirectCache:MaxAge")]
    [InlineData("Redirector:RedirectCache:SharedMaxAge", "400.00:00:00", "Redirector:RedirectCache:SharedMaxAge")]
    public async Task Invalid_fleet_settings_stop_start_up_with_a_clear_message(string key, string value, string expectedInMessage)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.AddRedirector();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }
}
