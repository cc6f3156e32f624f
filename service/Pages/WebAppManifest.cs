using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>
/// The web app manifest, which lets a phone install the service to its home screen and list it in the share sheet
/// (Android's "Share → Cool Papers"). Named in the reader's language, as the pages are.
/// </summary>
internal static class WebAppManifest
{
    internal const string Path = "/redirector/manifest.webmanifest";
    internal const string SharePath = "/redirector/share";
    internal const string ContentType = "application/manifest+json";

    // The pages' colours: the theme is the icon's blue; the backgrounds are the pages' own, light and dark.
    internal const string ThemeColor = "#1a5fb4";
    internal const string LightBackground = "#ffffff";
    internal const string DarkBackground = "#121212";

    internal static readonly AppIcon[] Icons =
    [
        new("/redirector/app-icon-192.png", "app-icon-192.png", 192, "any"),
        new("/redirector/app-icon-512.png", "app-icon-512.png", 512, "any"),
        new("/redirector/app-icon-maskable-192.png", "app-icon-maskable-192.png", 192, "maskable"),
        new("/redirector/app-icon-maskable-512.png", "app-icon-maskable-512.png", 512, "maskable"),
    ];

    private static readonly ConcurrentDictionary<string, byte[]> ByLanguage = new(StringComparer.Ordinal);

    internal static byte[] For(IStringLocalizer<PageText> text) => ByLanguage.GetOrAdd(text["Html.Lang"], _ => Write(text));

    private static byte[] Write(IStringLocalizer<PageText> text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            // The landing page is the app, in either mode (in gateway mode "/" is the site's own).
            json.WriteString("id", LandingPage.Path);
            json.WriteString("start_url", LandingPage.Path);
            json.WriteString("scope", LandingPage.Path);
            json.WriteString("name", text["Landing.Title"]);
            json.WriteString("short_name", text["App.ShortName"]);
            json.WriteString("description", text["App.Description"]);
            json.WriteString("lang", text["Html.Lang"]);
            json.WriteString("dir", "ltr");
            json.WriteString("display", "standalone");
            json.WriteString("theme_color", ThemeColor);
            json.WriteString("background_color", LightBackground);
            json.WriteStartArray("icons");
            foreach (var icon in Icons)
            {
                json.WriteStartObject();
                json.WriteString("src", icon.Path);
                json.WriteString("sizes", $"{icon.Size}x{icon.Size}");
                json.WriteString("type", "image/png");
                json.WriteString("purpose", icon.Purpose);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            // GET, so that a share is an ordinary address: the answer is the same redirect the URL prefix gives.
            json.WriteStartObject("share_target");
            json.WriteString("action", SharePath);
            json.WriteString("method", "GET");
            // The only encoding a GET can have; Chromium reports the manifest as faulty without it.
            json.WriteString("enctype", "application/x-www-form-urlencoded");
            json.WriteStartObject("params");
            json.WriteString("title", "title");
            json.WriteString("text", "text");
            json.WriteString("url", "url");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    internal sealed record AppIcon(string Path, string Resource, int Size, string Purpose)
    {
        internal byte[] Png { get; } = Embedded.Read(Resource);
    }
}
