using System.Buffers;
using Redirector.PaperIds;

namespace Redirector.Redirects;

/// <summary>
/// The ids found in one input, in a rented buffer with room for one page of the site: a page's worth is much more
/// than the one or two a request usually names, so it is borrowed rather than allocated per request.
/// </summary>
internal ref struct FoundIds
{
    private readonly int _room;
    private PaperId[]? _buffer;
    private int _used;

    public FoundIds(int room)
    {
        _room = room;
        _buffer = ArrayPool<PaperId>.Shared.Rent(room);
    }

    public readonly ReadOnlySpan<PaperId> Ids => _buffer.AsSpan(0, _used);

    /// <returns>How many ids were found; <paramref name="overflow"/> when the input holds more than the room.</returns>
    public int Extract(ReadOnlySpan<char> input, out bool overflow)
    {
        var count = PaperIdExtractor.Extract(input, _buffer.AsSpan(0, _room), out overflow);

        // On overflow every slot was written.
        _used = overflow ? _room : count;
        return count;
    }

    public void Dispose()
    {
        if (_buffer is null)
        {
            return;
        }

        // Only the slots written hold references (venue ids' strings) that must not outlive the request; clearing just
        // those, rather than the whole page's room, keeps the return cheap.
        _buffer.AsSpan(0, _used).Clear();
        ArrayPool<PaperId>.Shared.Return(_buffer);
        _buffer = null;
    }
}
