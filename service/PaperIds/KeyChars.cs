using System.Buffers;

namespace Redirector.PaperIds;

internal static class KeyChars
{
    internal static readonly SearchValues<char> OpenReview =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    internal static readonly SearchValues<char> AclVolume =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
}
