using System.Globalization;
using System.Text;
using Redirector.PaperIds;
using Xunit.Abstractions;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// A client decides how many ids a request holds (the landing page's form takes a whole reference list), so the work
/// per id must not grow with their number: twice the ids may cost about twice the work, never four times. Work is
/// counted in the extractor's own steps (ids compared and moved, characters read again), not timed.
/// </summary>
public class LinearWorkTests(ITestOutputHelper output)
{
    private const int Ids = 2_000;

    // Twice the ids, twice the work; a little more for the one sort of ids found out of order, n log n.
    private const double MostForTwice = 2.4;

    public static TheoryData<string, Func<int, string>> Texts => new()
    {
        // The form that was reported: one 64 KB form of "N@AAAI" ids.
        { "venue ids", n => Join(n, i => $"{i + 1}@AAAI", ",") },
        // One token without white space: each arXiv id is checked for a DOI it may be part of.
        { "arXiv ids in one token", n => Join(n, i => ArxivId(i), ",") },
        { "arXiv ids in lines", n => Join(n, i => ArxivId(i), "\n") },
        // Two patterns taking turns: every id of the second is found before ids of the first.
        { "arXiv and venue ids alternating", n => Join(n, i => i % 2 == 0 ? ArxivId(i) : $"{i + 1}@AAAI", ",") },
        { "every id twice", n => Join(n, i => ArxivId(i % (n / 2)), ",") },
        // After a foreign DOI, the ids in its token are its suffix.
        { "ids after a foreign DOI", n => "10.1234/x," + Join(n, i => ArxivId(i), ",") },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Twice_the_ids_cost_about_twice_the_work(string kind, Func<int, string> text)
    {
        var single = StepsFor(text(Ids));
        var twice = StepsFor(text(Ids * 2));
        output.WriteLine($"{kind}: {Ids} ids, {single} steps; {Ids * 2} ids, {twice} steps");

        Assert.True(
            twice <= single * MostForTwice,
            $"{kind}: {Ids} ids took {single} steps, {Ids * 2} took {twice} ({(double)twice / single:0.0}×).");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_id_of_a_long_text_is_found_once_in_order(string kind, Func<int, string> text)
    {
        var input = text(Ids);
        var expected = kind == "ids after a foreign DOI"
            ? []
            : input.Split(',', '\n').Distinct().ToArray();

        var found = PaperIdExtractor.Extract(input, (input.Length / 6) + 1, out var overflow);

        Assert.False(overflow);
        Assert.Equal(expected, found.Select(id => id.ToString()).ToArray());
    }

    [Fact]
    public void A_full_list_keeps_the_earliest_ids_whichever_pattern_found_them()
    {
        // The venue ids come first in the text but are found last, after the list is full of arXiv ids.
        var input = Join(10, i => $"{i + 1}@AAAI", ",") + "," + Join(10, i => ArxivId(i), ",");
        var buffer = new PaperId[12];

        var count = PaperIdExtractor.Extract(input, buffer, out var overflow);

        Assert.True(overflow);
        Assert.Equal(input.Split(',')[..12], buffer[..count].Select(id => id.ToString()).ToArray());
    }

    // As the form does it: room for every id the text can hold, so that the list never overflows.
    private static long StepsFor(string input)
    {
        var buffer = new PaperId[(input.Length / 6) + 1];
        PaperIdExtractor.Extract(input, buffer, out _, out var steps);
        return steps;
    }

    private static string ArxivId(int i) => string.Create(CultureInfo.InvariantCulture, $"2401.{i + 1:00000}");

    private static string Join(int count, Func<int, string> id, string separator)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : separator).Append(id(i));
        }

        return text.ToString();
    }
}
