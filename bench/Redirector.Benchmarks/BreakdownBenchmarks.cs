using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Redirector.PaperIds;

namespace Redirector.Benchmarks;

/// <summary>
/// Where the time of one typical arXiv URL goes: the extractor runs up to five pattern scans over the whole input
/// (the old-style, conference-URL and site-venue scans only when a cheap search shows they could match) and then
/// parses candidates. Each step is timed alone and unguarded on the same input, with the whole call as the
/// baseline, so the ratio column is each step's share, or what a scan would cost if its guard let it run.
/// </summary>
[MemoryDiagnoser]
public class BreakdownBenchmarks
{
    // A field rather than a constant, so the JIT cannot specialise any step for a known string.
    private readonly string _url = Inputs.TypicalArxivUrl;

    // The patterns are internal to the grammar. They are fetched by reflection rather than copied so that this
    // benchmark always times the very generated code the extractor runs, even after the patterns change.
    private static readonly Regex NewStyle = Pattern("NewStyle");
    private static readonly Regex OldStyle = Pattern("OldStyle");
    private static readonly Regex Doi = Pattern("Doi");
    private static readonly Regex ConferenceUrl = Pattern("ConferenceUrl");
    private static readonly Regex SiteVenueId = Pattern("SiteVenueId");

    private readonly PaperId[] _buffer = new PaperId[Inputs.MaxIds];
    private int _idStart;
    private int _idLength;

    [GlobalSetup]
    public void Setup()
    {
        Inputs.Check("arxiv-abs", _url, 1, "2401.12345");
        var match = NewStyle.Match(_url);
        _idStart = match.Index;
        _idLength = match.Length;
    }

    [Benchmark(Baseline = true, Description = "Extract (whole call)")]
    public int Extract() => PaperIdExtractor.Extract(_url, _buffer, out _);

    [Benchmark(Description = "cleanup checks ('%', ASCII)")]
    public bool CleanupChecks() => _url.AsSpan().Contains('%') || !Ascii.IsValid(_url);

    [Benchmark(Description = "scan NewStyle")]
    public int ScanNewStyle() => Count(NewStyle);

    [Benchmark(Description = "scan OldStyle")]
    public int ScanOldStyle() => Count(OldStyle);

    [Benchmark(Description = "scan Doi")]
    public int ScanDoi() => Count(Doi);

    [Benchmark(Description = "scan ConferenceUrl")]
    public int ScanConferenceUrl() => Count(ConferenceUrl);

    [Benchmark(Description = "scan SiteVenueId")]
    public int ScanSiteVenueId() => Count(SiteVenueId);

    [Benchmark(Description = "TryParse on the match")]
    public bool ParseMatch() => ArxivId.TryParse(_url.AsSpan(_idStart, _idLength), out _, out _);

    private int Count(Regex pattern)
    {
        var count = 0;
        foreach (var unused in pattern.EnumerateMatches(_url))
        {
            count++;
        }

        return count;
    }

    private static Regex Pattern(string name)
    {
        var patterns = typeof(PaperIdExtractor).Assembly.GetType("Redirector.PaperIds.PaperIdPatterns", throwOnError: true)!;
        var method = patterns.GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"The grammar has no pattern named {name} any more; update this benchmark.");
        return (Regex)method.Invoke(null, null)!;
    }
}
