namespace Redirector.NativeBuild;

/// <summary>A bad setting stops the native binary at start, with a message that names the setting, as in development.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_bad_setting_stops_start_up_with_a_message_naming_it()
    {
        var (exitCode, output) = await NativeService.RunToRefusalAsync("--Redirector:Target=ftp://papers.cool", "--Redirector:MaxIds=0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Redirector:Target 'ftp://papers.cool' is not usable", output, StringComparison.Ordinal);
        Assert.Contains("Redirector:MaxIds must be between 1 and 1000 (was 0).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_that_is_not_a_number_stops_start_up_with_a_message_naming_it()
    {
        var (exitCode, output) = await NativeService.RunToRefusalAsync("--Redirector:MaxIds=many");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Redirector:MaxIds", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_from_an_empty_directory_it_redirects_without_a_log_line_per_request()
    {
        await using var service = await NativeService.StartAsync();
        for (var i = 0; i < 30; i++)
        {
            var response = await service.Client.GetAsync(new Uri("/https://arxiv.org/abs/2401.12345v2", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.Found, response.StatusCode);
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await service.Client.GetAsync(new Uri("/no-paper-here", UriKind.Relative))).StatusCode);
        await Task.Delay(200);
        Assert.Contains("Now listening on", service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Request starting", service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Request finished", service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("/arxiv/2401.12345", service.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_log_lines_are_json_when_the_configuration_asks_for_it()
    {
        await using var service = await NativeService.StartAsync("--Logging:Console:FormatterName=json");
        await Task.Delay(200);

        var listening = service.Output.Split('\n').Single(line => line.Contains("Now listening on", StringComparison.Ordinal));
        using var entry = System.Text.Json.JsonDocument.Parse(listening);
        Assert.Equal("Information", entry.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("Microsoft.Hosting.Lifetime", entry.RootElement.GetProperty("Category").GetString());
    }
}
