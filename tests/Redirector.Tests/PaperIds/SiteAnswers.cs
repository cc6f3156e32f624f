using System.Text.Json.Serialization;
using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

/// <summary>Both site grammars' answers in one form: "none", "listed &lt;venue&gt;" or "notCollected &lt;host&gt;".</summary>
public static class SiteAnswers
{
    public static string OfService(KnownSite site) => site.Kind switch
    {
        SiteKind.ListedVenue => "listed " + site.Name,
        SiteKind.NotCollected => "notCollected " + site.Name,
        _ => "none",
    };
}

/// <summary>What classifySite returns: <c>{ kind, name }</c>, without a name for "none".</summary>
public sealed record ExtensionSite([property: JsonPropertyName("kind")] string Kind, [property: JsonPropertyName("name")] string? Name)
{
    public string Describe() => Kind == "none" && Name is null ? "none" : $"{Kind} {Name}";
}
