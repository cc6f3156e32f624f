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
