namespace Redirector.Pages;

/// <summary>The pages' icon: the extension's, embedded at build time, so a tab of this service looks like the extension.</summary>
internal static class PageIcon
{
    internal const string Path = "/redirector/icon.png";

    internal static readonly byte[] Png = Embedded.Read("icon-32.png");
}
