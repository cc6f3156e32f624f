using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Redirector.Pages;

/// <summary>What the service does, a box to paste into, and the bookmarklet for browsers without the extension.</summary>
internal static class LandingPage
{
    internal const string Path = "/redirector";
    internal const string GoPath = "/redirector/go";

    // One script per language (the bookmarklet's message is translated), so one hash for the policy per language.
    private static readonly ConcurrentDictionary<string, (string Script, string Policy)> Scripts = new(StringComparer.Ordinal);

    /// <summary>
    /// The page's one script fills in what only the browser knows for sure: this service's own address, for the prefix
    /// example and the bookmarklet. The request's Host header, which a client controls, is never used for either.
    /// </summary>
    internal static (string Script, string Policy) ScriptFor(IStringLocalizer<PageText> text, string targetOrigin) =>
        Scripts.GetOrAdd(text["Bookmarklet.NoId"], message =>
        {
            var code = JsonSerializer.Serialize(Bookmarklet.Code(message), BookmarkletJson.Default.String);
            var script =
                "const o=location.origin;"
                + "document.getElementById('prefix-example').textContent=o+'/https://arxiv.org/abs/2401.12345v2';"
                + $"document.getElementById('bookmarklet').href='javascript:'+encodeURIComponent('(()=>{{const s='+JSON.stringify(o)+';'+{code}+'}})()');";
            // The form's answer is a redirect to the target site, which form-action must allow too.
            return (script, HtmlPage.ContentSecurityPolicy(script, formAction: targetOrigin));
        });

    /// <param name="targetOrigin">Already HTML-encoded.</param>
    /// <remarks>
    /// The box has no maxlength: a browser would cut a long paste there without a word, losing the ids at its end. The
    /// form's handler answers a text over MaxFormLength with 413 and a page that says the limit.
    /// </remarks>
    internal static string Render(IStringLocalizer<PageText> text, string targetOrigin, int maxIds, string script)
    {
        var encoder = HtmlPage.Encoder;
        var title = encoder.Encode(text["Landing.Title"]);
        var button = encoder.Encode(text["Landing.Button"]);
        var example = "<code id=\"prefix-example\">https://…/https://arxiv.org/abs/2401.12345v2</code>";
        return HtmlPage.Render(
            text,
            title,
            $"""
            <h1>{title}</h1>
            <p>{HtmlPage.Format(text["Landing.Intro"], $"<a href=\"{targetOrigin}\">{targetOrigin}</a>")}</p>
            <form action="{GoPath}" method="post">
              <label for="q">{encoder.Encode(text["Landing.Label"])}</label>
              <textarea id="q" name="q" rows="5" placeholder="https://arxiv.org/abs/2401.12345v2" autofocus required></textarea>
              <button type="submit">{button}</button>
            </form>
            <h2>{encoder.Encode(text["Landing.PrefixHeading"])}</h2>
            <p>{HtmlPage.Format(text["Landing.PrefixHowTo"], example)}
            {HtmlPage.Format(text["Landing.Sources"], maxIds.ToString(System.Globalization.CultureInfo.InvariantCulture))}</p>
            <h2>{encoder.Encode(text["Landing.BookmarkletHeading"])}</h2>
            <p>{encoder.Encode(text["Landing.BookmarkletHowTo"])}
            <a class="bookmarklet" id="bookmarklet" href="#">{button}</a></p>
            <p class="muted">{encoder.Encode(text["Landing.BookmarkletPrivacy"])}</p>
            <p class="muted">{HtmlPage.Format(text["Landing.Api"], "<code>GET /api/ids?q=…</code>")}</p>
            """,
            script);
    }
}
