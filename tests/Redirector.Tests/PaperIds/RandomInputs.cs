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
        "２", "４", "．", "：", "٢", "४", "\u0000", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\uFFFE", "%EF%BF%BE", "😀", "ｖ", "％",
        "%", "%2", "%ZZ", "%C0%AF", "%FF", "%2F", "%25", "%0D%0A", "10.48550/", "10.1049/", "arXiv:", "openreview.net/forum?id=",
        "aclanthology.org/", "ijcai.org/proceedings/2023/", "proceedings.mlr.press/v202/", "@OpenReview", "@IJCAI", "//", "\\\\",
        "openaccess.thecvf.com/content/CVPR2024/html/", "_CVPR_2024_paper.html", "ojs.aaai.org/index.php/AAAI/article/view/",
        "usenix.org/conference/osdi23/presentation/", "10.1609/aaai.v38i1.", "10.18653/v1/", "@CVPR2024@CVF", "@AAAI", "@osdi23@USENIX",
    ];

    /// <summary>
    /// Where .NET and JavaScript part on case and white space: letters whose case maps onto ASCII letters (dotless i,
    /// dotted I, long s, Kelvin sign), white space only one side trims or matches; and the pieces around a host and a path.
    /// </summary>
    public static readonly IReadOnlyList<string> Traps =
    [
        "\u0131", "\u0130", "\u017F", "\u212A", "\u0085", "\u180E", "\u2028", "\u00A0", "\u3000", "\uFEFF", "\u200B",
        "://", "https://", "HTTP://", "www.", "WWW.", ":8080", ":", "%2F", "%2f", "%3A", "/", "//", "?", "#", "&", "=", ".", ",", ")", "'",
        "@", "index", "paper.pdf",
    ];

    private readonly Random _random;
    private readonly string[] _exotic;
    private readonly bool _richer;

    public RandomInputs(int seed)
        : this(seed, [])
    {
    }

    /// <param name="seed">The seed.</param>
    /// <param name="fragments">
    /// More pieces to insert, besides the built-in ones. With any, a third of the inputs also get a run of their letters'
    /// case flipped, since case-blind comparisons are where two grammars drift apart, and a quarter a piece at their start
    /// or end, where trimming decides. Without, the inputs are exactly those of earlier versions of this class, so an old
    /// seed still replays.
    /// </param>
    public RandomInputs(int seed, IReadOnlyList<string> fragments)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        Seed = seed;
        _random = new Random(seed);
        _exotic = [.. Exotic, .. fragments];
        _richer = fragments.Count > 0;
    }

    public int Seed { get; }

    /// <summary>The seed for this run: PROPERTY_SEED when set, so a failure can be replayed, else the given default.</summary>
    public static int SeedOr(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("PROPERTY_SEED"), out var seed) ? seed : fallback;

    public string Next(IReadOnlyList<string> seeds)
    {
        var input = _random.Next(3) switch
        {
            0 => RandomText(_random.Next(0, 120)),
            _ => Mutate(seeds[_random.Next(seeds.Count)]),
        };
        if (!_richer)
        {
            return input;
        }

        input = _random.Next(3) == 0 ? FlipCase(input) : input;
        return _random.Next(8) switch
        {
            0 => _exotic[_random.Next(_exotic.Length)] + input,
            1 => input + _exotic[_random.Next(_exotic.Length)],
            _ => input,
        };
    }

    /// <summary>
    /// Pieces of the given texts, cut before each '/', '?', '#', '.' and '_', whole and joined to the next: host names,
    /// folders and file names to insert elsewhere, without naming them here.
    /// </summary>
    public static string[] FragmentsOf(IEnumerable<string> texts)
    {
        var fragments = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var cuts = new List<int> { 0 };
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] is '/' or '?' or '#' or '.' or '_')
                {
                    cuts.Add(i);
                }
            }

            cuts.Add(text.Length);
            for (var i = 0; i + 1 < cuts.Count; i++)
            {
                fragments.Add(text[cuts[i]..cuts[i + 1]]);
                if (i + 2 < cuts.Count)
                {
                    fragments.Add(text[cuts[i]..cuts[i + 2]]);
                }
            }
        }

        fragments.Remove(string.Empty);
        return [.. fragments];
    }

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(_random.Next(8) == 0 ? _exotic[_random.Next(_exotic.Length)] : Alphabet[_random.Next(Alphabet.Length)].ToString());
        }

        return text.ToString();
    }

    private string FlipCase(string input)
    {
        var text = input.ToCharArray();
        var start = _random.Next(text.Length + 1);
        var end = Math.Min(text.Length, start + _random.Next(1, 40));
        for (var i = start; i < end; i++)
        {
            text[i] = char.IsUpper(text[i]) ? char.ToLowerInvariant(text[i]) : char.ToUpperInvariant(text[i]);
        }

        return new string(text);
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
                    text.Insert(at, _exotic[_random.Next(_exotic.Length)]);
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
