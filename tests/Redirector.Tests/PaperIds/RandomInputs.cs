using System.Text;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// Seeded generator of hostile and near-miss inputs: random text over an alphabet of id-shaped characters and
/// mutations of the vectors. The seed is part of every failure message, and PROPERTY_SEED replays one.
/// </summary>
public sealed class RandomInputs
{
    private const string Alphabet = "0123456789012345678901234567890123456789..../-vV:@?&=#%arXivhepthmathcsOPENREVIEWacl_ \t\r\n\"<>\\";

    private static readonly string[] Exotic =
    [
        "２", "４", "．", "：", "٢", "४", "\u0000", "\u200B", "\uFEFF", "\uD800", "\uDC00", "😀", "ｖ", "％",
        "%", "%2", "%ZZ", "%C0%AF", "%FF", "%2F", "%25", "%0D%0A", "10.48550/", "10.1049/", "arXiv:", "openreview.net/forum?id=",
        "aclanthology.org/", "ijcai.org/proceedings/2023/", "proceedings.mlr.press/v202/", "@OpenReview", "@IJCAI", "//", "\\\\",
        "openaccess.thecvf.com/content/CVPR2024/html/", "_CVPR_2024_paper.html", "ojs.aaai.org/index.php/AAAI/article/view/",
        "usenix.org/conference/osdi23/presentation/", "10.1609/aaai.v38i1.", "10.18653/v1/", "@CVPR2024@CVF", "@AAAI", "@osdi23@USENIX",
    ];

    private readonly Random _random;

    public RandomInputs(int seed)
    {
        Seed = seed;
        _random = new Random(seed);
    }

    public int Seed { get; }

    /// <summary>The seed for this run: PROPERTY_SEED when set, so a failure can be replayed, else the given default.</summary>
    public static int SeedOr(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("PROPERTY_SEED"), out var seed) ? seed : fallback;

    public string Next(IReadOnlyList<string> seeds) => _random.Next(3) switch
    {
        0 => RandomText(_random.Next(0, 120)),
        _ => Mutate(seeds[_random.Next(seeds.Count)]),
    };

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(_random.Next(8) == 0 ? Exotic[_random.Next(Exotic.Length)] : Alphabet[_random.Next(Alphabet.Length)].ToString());
        }

        return text.ToString();
    }

    private string Mutate(string seed)
    {
        var text = new StringBuilder(seed);
        var edits = _random.Next(1, 5);
        for (var i = 0; i < edits; i++)
        {
            var at = text.Length == 0 ? 0 : _random.Next(text.Length);
            switch (_random.Next(6))
            {
                case 0 when text.Length > 0:
                    text.Remove(at, 1);
                    break;
                case 1 when text.Length > 0:
                    text[at] = Alphabet[_random.Next(Alphabet.Length)];
                    break;
                case 2:
                    text.Insert(at, Exotic[_random.Next(Exotic.Length)]);
                    break;
                case 3:
                    text.Append(' ').Append(seed);
                    break;
                case 4:
                    text.Insert(0, new string(Alphabet[_random.Next(10)], _random.Next(1, 6)));
                    break;
                default:
                    text.Insert(at, RandomText(_random.Next(1, 10)));
                    break;
            }
        }

        return text.ToString();
    }
}
