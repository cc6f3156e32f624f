using System.Buffers;

namespace Redirector.PaperIds;

// SearchValues rather than the *InRange span helpers: on this runtime those allocate on every call, and the
// grammar's hot path must not.
internal static class KeyChars
{
    internal static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    internal static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    internal static readonly SearchValues<char> OpenReview =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    internal static readonly SearchValues<char> AclVolume =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
}
