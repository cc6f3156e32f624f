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
                + $"document.getElementById('bookmarklet').href='javascript:'+encodeURIComponent('(()=>{{const s='+JSON.stringify(o)+';'+{code}+'}})()');"
                + PasteScript;
            // The form's answer is a redirect to the target site, which form-action must allow too.
            return (script, HtmlPage.ContentSecurityPolicy(script, formAction: targetOrigin));
        });

    // "Paste and open", where the browser lets a page read the clipboard on a click (it may ask the reader first); where
    // it does not, or the reader says no, or the clipboard is empty, the button stays hidden or puts the caret in the
    // box, where a long press pastes as usual.
    private const string PasteScript =
        "const p=document.getElementById('paste'),q=document.getElementById('q');"
        + "if(navigator.clipboard&&navigator.clipboard.readText){p.hidden=false;p.onclick=async()=>{"
        + "try{const t=await navigator.clipboard.readText();if(t.trim()){q.value=t;q.form.requestSubmit();return}}catch(e){}q.focus()}}"
        + CopyBookmarkletScript;

    // A phone cannot drag a link to its bookmarks: the bookmarklet is copied instead, to paste as a bookmark's address.
    private const string CopyBookmarkletScript =
        "const c=document.getElementById('copy-bookmarklet');"
        + "if(navigator.clipboard&&navigator.clipboard.writeText){c.hidden=false;c.onclick=async()=>{"
        + "try{await navigator.clipboard.writeText(document.getElementById('bookmarklet').href);document.getElementById('bookmarklet-copied').hidden=false}catch(e){}}}";

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
              <div class="actions"><button type="submit">{button}</button><button type="button" id="paste" hidden>{encoder.Encode(text["Landing.Paste"])}</button></div>
            </form>
            <h2>{encoder.Encode(text["Landing.PrefixHeading"])}</h2>
            <p>{HtmlPage.Format(text["Landing.PrefixHowTo"], example)}
            {HtmlPage.Format(text["Landing.Sources"], maxIds.ToString(System.Globalization.CultureInfo.InvariantCulture))}</p>
            <h2>{encoder.Encode(text["Landing.PhoneHeading"])}</h2>
            <p>{encoder.Encode(text["Landing.PhoneHowTo"])}</p>
            <h2>{encoder.Encode(text["Landing.BookmarkletHeading"])}</h2>
            <p>{encoder.Encode(text["Landing.BookmarkletHowTo"])}
            <a class="bookmarklet" id="bookmarklet" href="#">{button}</a></p>
            <p class="actions"><button type="button" id="copy-bookmarklet" hidden>{encoder.Encode(text["Landing.CopyBookmarklet"])}</button>
            <span id="bookmarklet-copied" role="status" hidden>{encoder.Encode(text["Landing.BookmarkletCopied"])}</span></p>
            <p class="muted">{encoder.Encode(text["Landing.BookmarkletPrivacy"])}</p>
            <p class="muted">{HtmlPage.Format(text["Landing.Api"], "<code>GET /api/ids?q=…</code>")}</p>
            """,
            script);
    }
}
