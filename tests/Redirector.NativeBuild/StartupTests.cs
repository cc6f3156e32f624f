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
}
