using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

public class KnownSiteVectorTests
{
    [Theory]
    [MemberData(nameof(Vectors.Sites), MemberType = typeof(Vectors))]
    public void Names_the_listed_venue_or_the_publisher(string input, string kind, string name)
    {
        var expected = kind switch
        {
            "listed" => new KnownSite(SiteKind.ListedVenue, name),
            "notCollected" => new KnownSite(SiteKind.NotCollected, name),
            "none" => KnownSite.Unknown,
            _ => throw new InvalidOperationException($"Unknown kind '{kind}' in the vectors file."),
        };

        Assert.Equal(expected, KnownSites.Classify(input));
    }

    [Theory]
    [MemberData(nameof(Vectors.Sites), MemberType = typeof(Vectors))]
    public void Never_finds_a_paper_id_where_it_names_a_site(string input, string kind, string name)
    {
        _ = name;
        if (kind != "none")
        {
            Assert.Empty(PaperIdExtractor.Extract(input, 50, out _));
        }
    }
}
