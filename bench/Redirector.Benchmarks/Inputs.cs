using System.Text;
using Redirector.PaperIds;

namespace Redirector.Benchmarks;

/// <summary>
/// What the service is given in practice. Every input is checked before measuring, so a benchmark can never
/// quietly time the failure path after a grammar change.
/// </summary>
public static class Inputs
{
    /// <summary>The same limit the service uses by default, so the buffer is as large as in production.</summary>
    public const int MaxIds = 50;

    public const string CanonicalId = "2401.12345";

    public const string TypicalArxivUrl = "https://arxiv.org/abs/2401.12345v2";

    /// <summary>One URL per source, keyed by a short name that reads well in the results table.</summary>
    public static readonly IReadOnlyDictionary<string, (string Text, string FirstId)> Urls = new Dictionary<string, (string, string)>
    {
        ["arxiv-abs"] = (TypicalArxivUrl, "2401.12345"),
        ["arxiv-pdf"] = ("https://arxiv.org/pdf/2401.12345v3.pdf", "2401.12345"),
        ["arxiv-old"] = ("https://arxiv.org/abs/hep-th/9901001v2", "hep-th/9901001"),
        ["arxiv-doi"] = ("https://doi.org/10.48550/arXiv.2401.12345", "2401.12345"),
        ["openreview"] = ("https://openreview.net/forum?id=LcF-EEt8cCC", "LcF-EEt8cCC@OpenReview"),
        ["acl"] = ("https://aclanthology.org/2023.acl-long.1/", "2023.acl-long.1@ACL"),
        ["ijcai"] = ("https://www.ijcai.org/proceedings/2023/0123", "123@2023@IJCAI"),
        ["pmlr"] = ("https://proceedings.mlr.press/v202/chen23a.html", "chen23a@v202@PMLR"),
        ["cvf"] = ("https://openaccess.thecvf.com/content/CVPR2025/html/Wang_VGGT_Visual_Geometry_Grounded_Transformer_CVPR_2025_paper.html", "Wang_VGGT_Visual_Geometry_Grounded_Transformer@CVPR2025@CVF"),
        ["aaai"] = ("https://ojs.aaai.org/index.php/AAAI/article/view/28888/29991", "28888@AAAI"),
        ["usenix"] = ("https://www.usenix.org/conference/usenixsecurity24/presentation/xu-haichuan", "xu-haichuan@usenixsecurity24@USENIX"),
    };

    /// <summary>Full-width letters, colon, digits and full stop: only NFKC makes this readable.</summary>
    public const string FullWidth = "ａｒＸｉｖ：２４０１．１２３４５ｖ２";

    /// <summary>The ASCII text <see cref="FullWidth"/> normalises to, to show what the normalisation adds.</summary>
    public const string FullWidthAsAscii = "arXiv:2401.12345v2";

    /// <summary>About 2 KB of an abstract-and-related-work paragraph citing three papers of different kinds.</summary>
    public static readonly string ParagraphWithThreeIds = Paragraph(withIds: true);

    /// <summary>The same prose without any id: digits, dots and slashes that look close but are not ids.</summary>
    public static readonly string TextWithoutIds = Paragraph(withIds: false);

    private static string Paragraph(bool withIds)
    {
        var prose = new StringBuilder();
        var sentences = new[]
        {
            "We study how large language models generalise from a handful of demonstrations, following the setup of earlier work on in-context learning.",
            "Our evaluation covers 12 benchmarks released between 2019 and 2023, with version 2.1 of the harness and seeds 0 to 4.",
            "Results improve by 3.5 points on average, and by up to 11.25 points on tasks that need multi-step reasoning or tool use.",
            "The training data, described in section 4.2, were filtered with the heuristics of a widely used web corpus and deduplicated at 0.8 similarity.",
            "Ablations in table 3 show that the gains do not come from longer prompts alone: shuffling the demonstrations costs 1.7 points.",
            "Code and checkpoints are released under a permissive licence; see the project page and docs/setup.md for instructions.",
        };
        var citations = new[]
        {
            " This builds directly on arXiv:2401.12345v2, which introduced the benchmark suite.",
            " A related analysis appeared at https://openreview.net/forum?id=LcF-EEt8cCC during the same review cycle.",
            " For the theory we rely on hep-th/9901001, whose bounds we extend to the finite-sample case.",
        };
        var cited = 0;
        for (var i = 0; prose.Length < 2000; i++)
        {
            prose.Append(sentences[i % sentences.Length]).Append(' ');
            if (withIds && i % 4 == 1 && cited < citations.Length)
            {
                prose.Append(citations[cited++]).Append(' ');
            }
        }

        return prose.ToString();
    }

    /// <summary>Fails loudly when an input no longer yields what it is meant to exercise.</summary>
    public static void Check(string name, string text, int expectedCount, string? expectedFirst)
    {
        var buffer = new PaperId[MaxIds];
        var count = PaperIdExtractor.Extract(text, buffer, out var overflow);
        var first = count > 0 ? buffer[0].ToString() : null;
        if (overflow || count != expectedCount || !string.Equals(first, expectedFirst, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Benchmark input '{name}' gave {count} id(s) starting with '{first}', expected {expectedCount} starting with '{expectedFirst}'.");
        }
    }
}
