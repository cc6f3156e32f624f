using System.Text;
using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// The grammar's NFKC where the runtime has no culture data, as the service ships (service/Globalization.props, which
/// this project imports): the framework's method does nothing there, so these answers come from ICU bound directly.
/// </summary>
public sealed class CompatibilityNormalisationTests
{
    [Fact]
    public void These_tests_run_where_the_frameworks_normalisation_does_nothing()
    {
        Assert.Equal("A\u030A", "A\u030A".Normalize(NormalizationForm.FormKC));
        Assert.True(CompatibilityNormalisation.IsAvailable);
    }

    [Theory]
    [InlineData("２４０１．１２３４５", "2401.12345")]
    [InlineData("ｈｔｔｐｓ：／／ａｒｘｉｖ．ｏｒｇ／ａｂｓ／２４０１．１２３４５", "https://arxiv.org/abs/2401.12345")]
    [InlineData("arXiv\u3000２４０１.１２３４５", "arXiv 2401.12345")]
    [InlineData("A\u030A", "\u00C5")]
    [InlineData("\uFB01ne-tuning", "fine-tuning")]
    [InlineData("论文 ١٢٣", "论文 ١٢٣")]
    public void Text_is_in_compatibility_composed_form(string text, string normalised) =>
        Assert.Equal(normalised, CompatibilityNormalisation.ToFormKC(text));

    [Fact]
    public void Text_that_grows_past_the_first_buffer_is_normalised_whole()
    {
        // U+FDFA is one code unit and eighteen in NFKC, the longest expansion there is.
        var text = new string('\uFDFA', 100);

        var normalised = CompatibilityNormalisation.ToFormKC(text);

        Assert.Equal(1800, normalised.Length);
        Assert.Equal(string.Concat(Enumerable.Repeat(CompatibilityNormalisation.ToFormKC("\uFDFA"), 100)), normalised);
        Assert.StartsWith("\u0635\u0644\u0649", normalised, StringComparison.Ordinal);
    }
}
