namespace Redirector.Redirects;

/// <summary>
/// What a phone's share sheet hands the installed web app: a title, a text and a link, any of them empty. Android
/// puts a link in the text as often as in the link field, often after the page's title.
/// </summary>
public readonly record struct SharedItem(string Title, string Text, string Url)
{
    private const int MaxSearchWords = 200;

    public static SharedItem From(string? title, string? text, string? url) => new(title?.Trim() ?? string.Empty, text?.Trim() ?? string.Empty, url?.Trim() ?? string.Empty);

    public bool IsEmpty => Title.Length == 0 && Text.Length == 0 && Url.Length == 0;

    /// <summary>Everything shared, link first, for the grammar to find every id in.</summary>
    public string All => string.Join('\n', new[] { Url, Text, Title }.Where(part => part.Length > 0));

    /// <summary>The link shared, or else the first address in the text; null when there is none.</summary>
    public string? Address => Url.Length > 0 ? Url : Addresses(Text).FirstOrDefault();

    /// <summary>What to search the site for when nothing names a paper: the title, else the text without its addresses.</summary>
    public string SearchWords
    {
        get
        {
            var words = Title.Length > 0 ? Title : string.Join(' ', Words(Text).Where(word => !IsAddress(word)));
            words = string.Join(' ', Words(words));
            return words.Length > MaxSearchWords ? words[..MaxSearchWords] : words;
        }
    }

    private static IEnumerable<string> Addresses(string text) => Words(text).Where(IsAddress);

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsAddress(string word) =>
        word.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
