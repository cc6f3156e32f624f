using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

public class ExtractorVectorTests
{
    [Theory]
    [MemberData(nameof(Vectors.Extract), MemberType = typeof(Vectors))]
    public void Finds_exactly_the_expected_ids_in_order(string input, string[] expected)
    {
        var found = PaperIdExtractor.Extract(input, 50, out var overflow);

        Assert.False(overflow);
        Assert.Equal(expected, found.Select(id => id.ToString()).ToArray());
    }

    /// <summary>The service has no isArxivId or isVenueId: an id of a kind is a text in which it finds that one id, written the same.</summary>
    [Theory]
    [MemberData(nameof(Vectors.Kinds), MemberType = typeof(Vectors))]
    public void Knows_the_kind_of_an_id_as_written(string input, string kind)
    {
        var found = PaperIdExtractor.Extract(input, 50, out _);

        var actual = found is [var id] && id.ToString() == input
            ? id.Kind switch
            {
                PaperKind.Arxiv => "arxiv",
                PaperKind.Venue => "venue",
                _ => throw new InvalidOperationException($"Unknown kind {id.Kind}."),
            }
            : "none";
        Assert.Equal(kind, actual);
    }

    [Theory]
    [MemberData(nameof(Vectors.Parse), MemberType = typeof(Vectors))]
    public void Strict_parse_gives_canonical_form_and_version(string input, string canonical, int? version)
    {
        Assert.True(ArxivId.TryParse(input, out var id, out var error), error.ToString());
        Assert.Equal(canonical, id.WithoutVersion().ToString());
        Assert.Equal(version, id.Version);
        Assert.Equal(version is null ? canonical : $"{canonical}v{version}", id.ToString());
    }

    [Theory]
    [MemberData(nameof(Vectors.Reject), MemberType = typeof(Vectors))]
    public void Strict_parse_names_the_failure(string input, string failure)
    {
        Assert.False(ArxivId.TryParse(input, out _, out var error));
        Assert.Equal(Enum.Parse<ArxivIdError>(failure), error);
        Assert.False(string.IsNullOrWhiteSpace(ArxivIdErrorMessages.Describe(error)));
    }
}
