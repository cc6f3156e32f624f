namespace Redirector.Pages;

/// <summary>Files built into the service, so that the binary needs nothing beside it.</summary>
internal static class Embedded
{
    internal static byte[] Read(string name)
    {
        using var stream = typeof(Embedded).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the service.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
