namespace Redirector.StayingPower;

/// <summary>STAYING_POWER_SCALE multiplies every duration and count: 1 in the test command, 10 for the long form.</summary>
internal static class Scale
{
    internal static int Factor { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("STAYING_POWER_SCALE"), out var factor) && factor > 0 ? factor : 1;

    internal static int Times(int count) => count * Factor;

    internal static TimeSpan Times(TimeSpan duration) => duration * Factor;
}
