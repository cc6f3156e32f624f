using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// Alone in its collection: a regex keeps one cached runner, and other tests using the same patterns on other
/// threads at the same moment would make this thread allocate a runner of its own.
/// </summary>
[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public sealed class RunsAloneDefinition;

[Collection(nameof(AllocationTests))]
public class AllocationTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2401.12345v2")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001v2")]
    [InlineData("arXiv:2401.12345, 2312.00001 and 10.48550/arXiv.2402.00001")]
    public void Plain_ascii_input_is_read_without_allocating(string input)
    {
        var buffer = new PaperId[4];
        PaperIdExtractor.Extract(input, buffer, out _); // the first call compiles and caches the regex runners

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = PaperIdExtractor.Extract(input, buffer, out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(count, 1, buffer.Length);
        Assert.Equal(0, allocated);
    }
}
