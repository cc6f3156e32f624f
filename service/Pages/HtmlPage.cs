// service/Pages: the pages a reader sees (landing, not found, paper choices, problems), their frame (here), text, icon.
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>The shared frame of the service's few pages: one style sheet, no external resources, the reader's language.</summary>
internal static class HtmlPage
{
    /// <summary>Encodes what HTML gives meaning to, and leaves Chinese and other scripts readable in the page source.</summary>
    internal static readonly System.Text.Encodings.Web.HtmlEncoder Encoder =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    // Light and dark (prefers-color-scheme), with the contrast an accessibility check asks for in both.
    private const string Style = """
        :root{color-scheme:light dark;--fg:#1f1f1f;--bg:#fff;--muted:#5f5f5f;--code:#f2f2f2;--link:#0b57d0;--border:#767676}
        @media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#121212;--muted:#b0b0b0;--code:#2a2a2a;--link:#8ab4f8;--border:#9a9a9a}}
        body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:var(--fg);background:var(--bg)}
        a{color:var(--link)}h1{font-size:1.6rem}code,kbd{background:var(--code);padding:.1rem .3rem;border-radius:3px;word-break:break-all}
        input[type=text],textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;color:var(--fg);background:var(--bg);border:1px solid var(--border)}
        button{font-size:1rem;padding:.4rem 1rem;margin-top:.5rem}a.bookmarklet{border:1px solid var(--border);padding:.2rem .6rem;border-radius:4px}
        .muted{color:var(--muted);font-size:.9rem}.actions{display:flex;flex-wrap:wrap;gap:.5rem}
        @media (max-width:40rem),(pointer:coarse){body{margin:1rem auto}h1{font-size:1.4rem}h2{font-size:1.15rem}
        .actions button,a.bookmarklet{min-height:48px;flex:1 1 12rem;font-size:1.05rem}a.bookmarklet{display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box}}
        """;

    /// <param name="title">Already HTML-encoded.</param>
    internal static string Render(IStringLocalizer<PageText> text, string title, string body, string? script = null) =>
        $"""
        <!doctype html>
        <html lang="{text["Html.Lang"]}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title><link rel="icon" type="image/png" href="{PageIcon.Path}"><link rel="manifest" href="{WebAppManifest.Path}">
        <link rel="apple-touch-icon" href="{WebAppManifest.Icons[0].Path}">
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="{WebAppManifest.ThemeColor}">
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="{WebAppManifest.DarkBackground}">
        <style>{Style}</style></head>
        <body>
        {body}
        {(script is null ? string.Empty : $"<script>{script}</script>")}
        </body>
        </html>
        """;

    /// <summary>
    /// A policy that allows this page's own inline style, its icon and web app manifest and, if given, exactly one inline
    /// script, and forms that go to this service or to <paramref name="formAction"/> (the target site's search).
    /// </summary>
    internal static string ContentSecurityPolicy(string? script, string? formAction = null) =>
        $"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; manifest-src 'self'; form-action 'self'{(formAction is null ? string.Empty : " " + formAction)}; base-uri 'none'; frame-ancestors 'none'"
        + (script is null ? string.Empty : $"; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'");

    /// <summary>Fills a translated sentence with markup: the sentence is encoded, the markup is not.</summary>
    internal static string Format(LocalizedString sentence, params string[] markup) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Encoder.Encode(sentence), markup);

    /// <summary>A page's answer depends on the reader's language, and the 404s also on whether they asked for HTML.</summary>
    internal static void VaryByReader(HttpResponse response) => response.Headers.Vary = "Accept, Accept-Language";
}
