using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Redirector.PaperIds;

/// <summary>
/// Unicode compatibility normalisation (NFKC), by the same ICU normaliser that <see cref="string.Normalize(NormalizationForm)"/>
/// calls on Linux, so the result is the same text.
/// <para>
/// The service runs in globalization-invariant mode: loading ICU for the whole runtime, which the framework does at
/// start, was about a tenth of the native binary's start and 5 MB of its memory (docs/performance.md), and nothing
/// else the service does needs culture data. Invariant mode also turns <see cref="string.Normalize(NormalizationForm)"/>
/// into a no-op, so where that has happened, ICU's normaliser is bound here on the first input that needs it: rare
/// (non-ASCII text), and then only one library and two functions. Where the framework normalises (a host that loads
/// culture data), its method is used as it is. Without ICU on the machine the text stays as it is: full-width ids are
/// then not found (docs/deploy.md), while the rest of the service works.
/// </para>
/// </summary>
internal static unsafe class CompatibilityNormalisation
{
    // A decomposed Å: any real normaliser composes it; the invariant mode's returns it unchanged.
    private static readonly bool FrameworkNormalises = "A\u030A".Normalize(NormalizationForm.FormKC).Length == 1;

    // Looked up at most a few times when first inputs race; the library handle and function addresses are the same.
    private static readonly Lazy<IcuNormaliser?> Icu = new(IcuNormaliser.Find, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>Whether NFKC is applied at all: false only in invariant mode without an ICU library on the machine.</summary>
    internal static bool IsAvailable => FrameworkNormalises || Icu.Value is not null;

    /// <summary>The text in NFKC; the text as it is where no normaliser exists.</summary>
    /// <remarks>The text must be well-formed UTF-16 without U+FFFE, as the framework's method requires too.</remarks>
    internal static string ToFormKC(string text) =>
        FrameworkNormalises ? text.Normalize(NormalizationForm.FormKC)
        : Icu.Value is { } icu ? icu.Normalize(text)
        : text;

    private sealed class IcuNormaliser(nint instance, delegate* unmanaged<nint, char*, int, char*, int, int*, int> normalize)
    {
        // ICU's UErrorCode values used here; any positive value is a failure.
        private const int BufferOverflow = 15;

        // The versions ICU has shipped and will ship for years, newest first, as the runtime's own search for ICU goes.
        private const int NewestMajor = 120;
        private const int OldestMajor = 50;

        internal static IcuNormaliser? Find()
        {
            for (var major = NewestMajor; major >= OldestMajor; major--)
            {
                if (NativeLibrary.TryLoad($"libicuuc.so.{major}", out var library)
                    && (Bind(library, $"_{major}") ?? Bind(library, string.Empty)) is { } normaliser)
                {
                    return normaliser;
                }
            }

            return null;
        }

        // Distributions build ICU with its version appended to every symbol (unorm2_normalize_72), or without.
        private static IcuNormaliser? Bind(nint library, string suffix)
        {
            if (!NativeLibrary.TryGetExport(library, "unorm2_getNFKCInstance" + suffix, out var getInstance)
                || !NativeLibrary.TryGetExport(library, "unorm2_normalize" + suffix, out var normalize))
            {
                return null;
            }

            var error = 0;
            var instance = ((delegate* unmanaged<int*, nint>)getInstance)(&error);
            return error > 0 || instance == 0
                ? null
                : new IcuNormaliser(instance, (delegate* unmanaged<nint, char*, int, char*, int, int*, int>)normalize);
        }

        internal string Normalize(string text)
        {
            // Most text keeps its length or shrinks (full-width forms): one call into a stack buffer. ICU answers an
            // overflow with the length it needs, and the second call gets that.
            Span<char> stack = stackalloc char[256];
            var length = Normalize(text, stack, out var error);
            if (error != BufferOverflow)
            {
                return error > 0 ? text : new string(stack[..length]);
            }

            var rented = ArrayPool<char>.Shared.Rent(length);
            try
            {
                length = Normalize(text, rented, out error);
                return error > 0 ? text : new string(rented, 0, length);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        private int Normalize(string text, Span<char> destination, out int error)
        {
            var status = 0;
            int length;
            fixed (char* source = text)
            fixed (char* target = destination)
            {
                length = normalize(instance, source, text.Length, target, destination.Length, &status);
            }

            error = status;
            return length;
        }
    }
}
