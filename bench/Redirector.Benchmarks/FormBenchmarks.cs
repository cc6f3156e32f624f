using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Redirector.PaperIds;

namespace Redirector.Benchmarks;

/// <summary>
/// The landing page's worst form: the default limit of 64 KB filled with the shortest ids ("1@AAAI,"), 6,664 of them,
/// and half and a quarter of it. The form's path extracts twice: once into a page's room, which overflows, then with
/// room for every id the text can hold. The mean should double with the ids, not quadruple.
/// </summary>
[MemoryDiagnoser]
public class FormBenchmarks
{
    private const int FormLength = 65_536;
    private const int ShortestIdLength = 6;

    private readonly PaperId[] _page = new PaperId[Inputs.MaxIds];
    private string _form = string.Empty;

    [Params(1_666, 3_332, 6_664)]
    public int Ids { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var form = new StringBuilder();
        for (var i = 1; i <= Ids; i++)
        {
            form.Append(i == 1 ? string.Empty : ",").Append(i.ToString(CultureInfo.InvariantCulture)).Append("@AAAI");
        }

        _form = form.ToString();
        if (_form.Length > FormLength || PaperIdExtractor.Extract(_form, (_form.Length / ShortestIdLength) + 1, out _).Length != Ids)
        {
            throw new InvalidOperationException($"The form of {Ids} ids is not what the benchmark means to measure.");
        }
    }

    [Benchmark(Description = "form of N@AAAI ids")]
    public int Form()
    {
        PaperIdExtractor.Extract(_form, _page, out _);
        return PaperIdExtractor.Extract(_form, (_form.Length / ShortestIdLength) + 1, out _).Length;
    }
}
