using BenchmarkDotNet.Attributes;
using Redirector.PaperIds;

namespace Redirector.Benchmarks;

/// <summary>
/// <see cref="PaperIdExtractor.Extract(ReadOnlySpan{char}, Span{PaperId}, out bool)"/> into one reused buffer,
/// the way a caller that cares about allocations would use it. The typical arXiv URL is the baseline, so the
/// ratio column reads as "how many arXiv URLs this input costs".
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private readonly PaperId[] _buffer = new PaperId[Inputs.MaxIds];

    [ParamsSource(nameof(Sources))]
    public string Source { get; set; } = "arxiv-abs";

    public static IEnumerable<string> Sources => Inputs.Urls.Keys;

    private string _url = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        foreach (var (name, (text, first)) in Inputs.Urls)
        {
            Inputs.Check(name, text, 1, first);
        }

        Inputs.Check("paragraph", Inputs.ParagraphWithThreeIds, 3, "2401.12345");
        Inputs.Check("no-ids", Inputs.TextWithoutIds, 0, null);
        Inputs.Check("full-width", Inputs.FullWidth, 1, "2401.12345");
        Inputs.Check("full-width-as-ascii", Inputs.FullWidthAsAscii, 1, "2401.12345");
        _url = Inputs.Urls[Source].Text;
    }

    [Benchmark(Description = "URL")]
    public int Url() => PaperIdExtractor.Extract(_url, _buffer, out _);
}

/// <summary>Inputs that do not depend on the source: long text, and the cost of Unicode normalisation.</summary>
[MemoryDiagnoser]
public class ExtractTextBenchmarks
{
    private readonly PaperId[] _buffer = new PaperId[Inputs.MaxIds];
    private readonly string _typicalUrl = Inputs.TypicalArxivUrl;
    private readonly string _paragraph = Inputs.ParagraphWithThreeIds;
    private readonly string _noIds = Inputs.TextWithoutIds;
    private readonly string _asciiTwin = Inputs.FullWidthAsAscii;
    private readonly string _fullWidth = Inputs.FullWidth;

    [GlobalSetup]
    public void Setup()
    {
        Inputs.Check("arxiv-abs", Inputs.TypicalArxivUrl, 1, "2401.12345");
        Inputs.Check("paragraph", Inputs.ParagraphWithThreeIds, 3, "2401.12345");
        Inputs.Check("no-ids", Inputs.TextWithoutIds, 0, null);
        Inputs.Check("full-width", Inputs.FullWidth, 1, "2401.12345");
        Inputs.Check("full-width-as-ascii", Inputs.FullWidthAsAscii, 1, "2401.12345");
    }

    [Benchmark(Baseline = true, Description = "arXiv abs URL")]
    public int TypicalUrl() => PaperIdExtractor.Extract(_typicalUrl, _buffer, out _);

    [Benchmark(Description = "2 KB paragraph, 3 ids")]
    public int Paragraph() => PaperIdExtractor.Extract(_paragraph, _buffer, out _);

    [Benchmark(Description = "2 KB text, no id")]
    public int NoIds() => PaperIdExtractor.Extract(_noIds, _buffer, out _);

    [Benchmark(Description = "arXiv:2401.12345v2 (ASCII)")]
    public int AsciiTwin() => PaperIdExtractor.Extract(_asciiTwin, _buffer, out _);

    [Benchmark(Description = "same, full-width (NFKC)")]
    public int FullWidth() => PaperIdExtractor.Extract(_fullWidth, _buffer, out _);
}
