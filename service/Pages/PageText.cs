// The localizer finds resources under the root namespace; without this it would use the assembly's name
// (Redirector.Service), which is not the namespace the resources are embedded under.
[assembly: Microsoft.Extensions.Localization.RootNamespace("Redirector")]

namespace Redirector.Pages;

/// <summary>
/// Names the text of the service's pages for the framework's localizer: <c>Resources/Pages/PageText.resx</c> holds the
/// English, <c>PageText.zh.resx</c> the Chinese (Simplified, which zh-TW readers are served too). Keys name the page
/// and the part: <c>NotFound.Title</c>.
/// </summary>
public sealed class PageText
{
    private static readonly System.Resources.ResourceManager Resources =
        new("Redirector.Resources.Pages.PageText", typeof(PageText).Assembly);

    /// <summary>The English text, whatever the request's language: problem+json is for programs, and stays English.</summary>
    public static string English(string key) =>
        Resources.GetString(key, System.Globalization.CultureInfo.InvariantCulture) ?? key;
}
