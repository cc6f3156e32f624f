using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// The site path written into a buffer (every redirect's Location) is the path built as a string, for the ids of
/// every vector and of seeded random inputs, one id or a page of them, both kinds mixed.
/// </summary>
public sealed class SitePathWritingTests
{
    [Fact]
    public void The_written_path_is_the_built_path_and_its_length_is_known_beforehand()
    {
        var seed = RandomInputs.SeedOr(1129);
        var random = new RandomInputs(seed);
        var vectors = Vectors.ExtractInputs();
        var checkedPaths = 0;
        foreach (var input in vectors.Concat(Enumerable.Range(0, 3000).Select(_ => random.Next(vectors))).Append(string.Join(' ', vectors)))
        {
            var ids = PaperIdExtractor.Extract(input, 1000, out _);
            var path = SitePaths.For(ids);
            if (path is null)
            {
                Assert.Equal(0, SitePaths.Length(ids));
                continue;
            }

            var buffer = new char[path.Length + 8];
            Assert.True(SitePaths.TryWrite(ids, buffer, out var written), input);
            Assert.Equal(path, new string(buffer, 0, written));
            Assert.Equal(path.Length, SitePaths.Length(ids));
            Assert.False(SitePaths.TryWrite(ids, new char[path.Length - 1], out _), input);
            checkedPaths++;
        }

        Assert.True(checkedPaths > vectors.Count / 4, $"only {checkedPaths} inputs had ids (seed {seed})");
    }
}
