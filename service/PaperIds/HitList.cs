namespace Redirector.PaperIds;

/// <summary>
/// Ids found so far, kept sorted by where they appear and free of duplicates, in caller-provided memory.
/// Each pattern reports in its own order, so an id found again earlier in the text moves to the earlier place.
/// </summary>
internal ref struct HitList
{
    private readonly Span<PaperId> _ids;
    private readonly Span<int> _positions;

    internal HitList(Span<PaperId> ids, Span<int> positions)
    {
        _ids = ids;
        _positions = positions;
    }

    internal int Count { get; private set; }

    internal bool Overflow { get; private set; }

    internal void Add(int position, PaperId id)
    {
        var existing = _ids[..Count].IndexOf(id);
        if (existing >= 0)
        {
            if (_positions[existing] <= position)
            {
                return;
            }

            RemoveAt(existing);
        }

        var insertAt = Count;
        while (insertAt > 0 && _positions[insertAt - 1] > position)
        {
            insertAt--;
        }

        if (Count == _ids.Length)
        {
            Overflow = true;
            if (insertAt == Count)
            {
                return;
            }

            // Keep the earliest ids: the last one gives way.
            Count--;
        }

        _ids[insertAt..Count].CopyTo(_ids[(insertAt + 1)..]);
        _positions[insertAt..Count].CopyTo(_positions[(insertAt + 1)..]);
        _ids[insertAt] = id;
        _positions[insertAt] = position;
        Count++;
    }

    private void RemoveAt(int index)
    {
        _ids[(index + 1)..Count].CopyTo(_ids[index..]);
        _positions[(index + 1)..Count].CopyTo(_positions[index..]);
        Count--;
    }
}
