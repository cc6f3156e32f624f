namespace Redirector.Pages;

/// <summary>The pages' icon: the extension's, embedded at build time, so a tab of this service looks like the extension.</summary>
internal static class PageIcon
{
    internal const string Path = "/redirector/icon.png";

    internal static readonly byte[] Png = Read();

    private static byte[] Read()
    {
        using var stream = typeof(PageIcon).Assembly.GetManifestResourceStream("icon-32.png")
            ?? throw new InvalidOperationException("The icon is not embedded in the service.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
