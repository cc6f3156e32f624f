namespace Redirector.Tests.Fleet;

/// <summary>
/// Tests that read counters run alone: a meter is known by its name across the process, so a test host's exporter also
/// counts what other test hosts, running in parallel, answer. (In production one process is one host.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CountersRunAlone
{
    public const string Name = "Counters";
}
