using System.Diagnostics;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>The X display the headed browser draws on: real key presses into native menus, and screen captures.</summary>
internal static class X11
{
    public static void RequireDisplay()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")))
        {
            throw new InvalidOperationException(
                "DISPLAY is not set, so no headed Chromium can start for the native menu, shortcut and address-bar tests. " +
                "Run the suite under a virtual display: xvfb-run -a dotnet test (bash tests/run does this).");
        }
    }

    /// <summary>Presses keys as the X server's keyboard, which is what a native menu listens to.</summary>
    public static async Task KeyAsync(params string[] keys)
    {
        var start = new ProcessStartInfo("xdotool");
        start.ArgumentList.Add("key");
        start.ArgumentList.Add("--delay");
        start.ArgumentList.Add("60");
        foreach (var key in keys)
        {
            start.ArgumentList.Add(key);
        }

        await RunAsync(start, "xdotool (Debian package xdotool)");
    }

    /// <summary>A left click at a point of the screen, as the mouse would: for browser surfaces pages cannot reach, such as a popup.</summary>
    public static async Task ClickAsync(int x, int y)
    {
        var start = new ProcessStartInfo("xdotool");
        foreach (var arg in new[] { "mousemove", x.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture), "click", "1" })
        {
            start.ArgumentList.Add(arg);
        }

        await RunAsync(start, "xdotool (Debian package xdotool)");
    }

    /// <summary>Ids of the windows currently shown on the display.</summary>
    public static async Task<IReadOnlySet<string>> VisibleWindowsAsync()
    {
        var start = new ProcessStartInfo("xdotool");
        foreach (var arg in new[] { "search", "--onlyvisible", "--name", ".*" })
        {
            start.ArgumentList.Add(arg);
        }

        // xdotool exits with 1 when nothing matches, which is an answer here, not a failure.
        var (_, output) = await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(10));
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.All(char.IsAsciiDigit))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Waits for a window that was not there before, which is how a native menu appears: Chromium maps it as a
    /// separate override-redirect window. Keys pressed before it exists would go to the page instead.
    /// </summary>
    public static Task<string> WaitForNewWindowAsync(IReadOnlySet<string> before, TimeSpan timeout, string what) =>
        Eventually.WaitAsync(
            async () => (await VisibleWindowsAsync()).FirstOrDefault(id => !before.Contains(id)) ?? string.Empty,
            id => id.Length > 0,
            timeout,
            what);

    public static Task WaitForWindowGoneAsync(string window, TimeSpan timeout, string what) =>
        Eventually.WaitAsync(async () => (await VisibleWindowsAsync()).Contains(window), shown => !shown, timeout, what);

    /// <summary>Types text as the X server's keyboard.</summary>
    public static async Task TypeAsync(string text)
    {
        var start = new ProcessStartInfo("xdotool");
        foreach (var arg in new[] { "type", "--delay", "40", text })
        {
            start.ArgumentList.Add(arg);
        }

        await RunAsync(start, "xdotool (Debian package xdotool)");
    }

    /// <summary>Writes the whole X screen as a PNG: native menus are separate windows that page screenshots miss.</summary>
    public static async Task CaptureScreenAsync(string pngPath, string crop)
    {
        var start = new ProcessStartInfo("import");
        foreach (var arg in new[] { "-window", "root", "-crop", crop, "+repage", pngPath })
        {
            start.ArgumentList.Add(arg);
        }

        await RunAsync(start, "import (Debian package imagemagick)");
    }

    private static async Task RunAsync(ProcessStartInfo start, string tool)
    {
        int exitCode;
        string output;
        try
        {
            (exitCode, output) = await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(20));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} could not be started: {e.Message}", e);
        }

        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed with exit code {exitCode}: {output}");
        }
    }
}
