using BenchmarkDotNet.Attributes;
using Redirector.PaperIds;

namespace Redirector.Benchmarks;

/// <summary>The strict parser on its own: the floor under everything the extractor does per id.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly string _canonical = Inputs.CanonicalId;
    private readonly string _prefixedVersioned = "arXiv:2401.12345v2";
    private readonly string _oldStyle = "hep-th/9901001v2";

    [Benchmark(Baseline = true, Description = "TryParse 2401.12345")]
    public bool Canonical() => ArxivId.TryParse(_canonical, out _, out _);

    [Benchmark(Description = "TryParse arXiv:2401.12345v2")]
    public bool PrefixedVersioned() => ArxivId.TryParse(_prefixedVersioned, out _, out _);

    [Benchmark(Description = "TryParse hep-th/9901001v2")]
    public bool OldStyle() => ArxivId.TryParse(_oldStyle, out _, out _);
}
