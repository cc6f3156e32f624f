using System.Text;
using System.Text.Json;

namespace Redirector.Pages;

/// <summary>
/// The landing page's bookmarklet: the extension's own grammar (extension/ids.js and the facts it imports,
/// extension/venues.js, both embedded at build time) runs on the
/// reader's page, and only the ids it finds are sent to this service, never the page's address. The code is a
/// JavaScript string the landing page's script completes with the service's own origin.
/// </summary>
internal static class Bookmarklet
{
    private static readonly Lazy<string> Grammar = new(ReadGrammar);

    /// <summary>The body of the bookmarklet, to run after <c>const s = '&lt;service origin&gt;';</c>.</summary>
    internal static string Code(string noIdMessage) =>
        Grammar.Value
        + "\nconst t=String(getSelection());let ids=extractIds(t);if(!ids.length)ids=extractIds(location.href);"
        + $"\nif(!ids.length){{alert({JsonSerializer.Serialize(noIdMessage, BookmarkletJson.Default.String)});}}"
        // Through a link with rel=noreferrer: location.href would send the page's address along as the Referer.
        + "else{const a=document.createElement('a');a.rel='noreferrer';a.href=s+'/'+encodeURIComponent(ids.join(' '));"
        + "document.body.append(a);a.click();a.remove();}";

    // The facts first, then the grammar that imports them: one script, so the import line goes.
    private static string ReadGrammar()
    {
        var code = new StringBuilder();
        AppendModule(code, "extension-venues.js");
        AppendModule(code, "extension-ids.js");
        return code.ToString();
    }

    // The module's exports become plain declarations, and imports, comment lines and indentation go: a bookmark
    // holds the code.
    private static void AppendModule(StringBuilder code, string resource)
    {
        using var stream = typeof(Bookmarklet).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in the service.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var inBlockComment = false;
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (inBlockComment)
            {
                inBlockComment = !trimmed.EndsWith("*/", StringComparison.Ordinal);
                continue;
            }

            if (trimmed.StartsWith("/*", StringComparison.Ordinal))
            {
                inBlockComment = !trimmed.EndsWith("*/", StringComparison.Ordinal);
                continue;
            }

            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal)
                || trimmed.StartsWith("import ", StringComparison.Ordinal))
            {
                continue;
            }

            code.Append(trimmed.StartsWith("export ", StringComparison.Ordinal) ? trimmed[7..] : trimmed).Append('\n');
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class BookmarkletJson : System.Text.Json.Serialization.JsonSerializerContext;
