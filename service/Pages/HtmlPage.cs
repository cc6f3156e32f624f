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

    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:#222}
        h1{font-size:1.6rem}code,kbd{background:#f2f2f2;padding:.1rem .3rem;border-radius:3px;word-break:break-all}
        input[type=text]{width:100%;box-sizing:border-box;font-size:1rem;padding:.5rem}
        button{font-size:1rem;padding:.4rem 1rem;margin-top:.5rem}a.bookmarklet{border:1px solid #888;padding:.2rem .6rem;border-radius:4px}
        .muted{color:#666;font-size:.9rem}
        """;

    /// <param name="title">Already HTML-encoded.</param>
    internal static string Render(IStringLocalizer<PageText> text, string title, string body, string? script = null) =>
        $"""
        <!doctype html>
        <html lang="{text["Html.Lang"]}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title><style>{Style}</style></head>
        <body>
        {body}
        {(script is null ? string.Empty : $"<script>{script}</script>")}
        </body>
        </html>
        """;

    /// <summary>
    /// A policy that allows this page's own inline style and, if given, exactly one inline script, and forms that go to
    /// this service or to <paramref name="formAction"/> (the target site's search).
    /// </summary>
    internal static string ContentSecurityPolicy(string? script, string? formAction = null) =>
        $"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'{(formAction is null ? string.Empty : " " + formAction)}; base-uri 'none'; frame-ancestors 'none'"
        + (script is null ? string.Empty : $"; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'");

    /// <summary>A page's answer depends on the reader's language, and the 404s also on whether they asked for HTML.</summary>
    internal static void VaryByReader(HttpResponse response) => response.Headers.Vary = "Accept, Accept-Language";
}
