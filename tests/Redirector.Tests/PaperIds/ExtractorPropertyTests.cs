using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

/// <summary>Over many random and mutated inputs: never throws, and whatever comes out is a valid, canonical, distinct id.</summary>
public class ExtractorPropertyTests
{
    private const int Iterations = 30_000;

    [Fact]
    public void Every_extracted_id_is_canonical_valid_and_distinct()
    {
        var inputs = new RandomInputs(RandomInputs.SeedOr(20_261_124));
        var seeds = Vectors.ExtractInputs();
        var buffer = new PaperId[8];
        for (var i = 0; i < Iterations; i++)
        {
            var input = inputs.Next(seeds);
            var context = $"seed {inputs.Seed}, iteration {i}, input {Escape(input)}";

            var count = PaperIdExtractor.Extract(input, buffer, out var overflow);

            Assert.InRange(count, 0, buffer.Length);
            Assert.True(!overflow || count == buffer.Length, context);
            var found = buffer[..count];
            Assert.True(found.Distinct().Count() == count, $"duplicates for {context}");
            foreach (var id in found)
            {
                var text = id.ToString();
                Assert.True(text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange('!', '~'), $"'{text}' is not plain ASCII for {context}");
                if (id.Kind == PaperKind.Arxiv)
                {
                    Assert.True(ArxivId.TryParse(text, out var reparsed, out var error), $"'{text}' fails strict parse ({error}) for {context}");
                    Assert.Equal(id.Arxiv, reparsed);
                    Assert.Null(reparsed.Version);
                }
                else
                {
                    // The site form of a venue id must read back as itself (an arXiv-shaped part of its key, as in
                    // 2401.12345v2.1@ACL, may be read as well: the vectors say so).
                    Assert.Contains(text, PaperIdExtractor.Extract(text, 4, out _).Select(p => p.ToString()));
                }
            }
        }
    }

    [Fact]
    public void Strict_parse_never_throws_and_accepts_only_what_it_can_format_back()
    {
        var inputs = new RandomInputs(RandomInputs.SeedOr(7_0407));
        var seeds = Vectors.ExtractInputs();
        for (var i = 0; i < Iterations; i++)
        {
            var input = inputs.Next(seeds);
            if (ArxivId.TryParse(input, out var id, out var error))
            {
                Assert.Equal(ArxivIdError.None, error);
                Assert.True(ArxivId.TryParse(id.ToString(), out var again, out _), $"seed {inputs.Seed}, input {Escape(input)}");
                Assert.Equal(id, again);
            }
            else
            {
                Assert.NotEqual(ArxivIdError.None, error);
            }
        }
    }

    private static string Escape(string input) =>
        string.Concat(input.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
