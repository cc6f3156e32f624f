namespace Redirector.PaperIds;

/// <summary>
/// Ids found so far, free of duplicates, in caller-provided memory; <see cref="Finish"/> puts them in the order they
/// appear. Each pattern reports in its own order, so an id found again earlier in the text moves to the earlier place.
/// Every <see cref="Add"/> costs the same however many ids came before (a hash index finds a duplicate, and ids are
/// appended and sorted once at the end): a form of thousands of ids must not cost the square of their number.
/// </summary>
internal ref struct HitList
{
    private const int EmptySlot = 0;

    private readonly Span<PaperId> _ids;

    // Where each id was found, shifted left 32 bits, plus when it was added: sorting by this key is sorting by
    // position, with ids found at the same position kept in the order they were added.
    private readonly Span<long> _keys;

    // Open addressing with linear probing: each slot holds an index into _ids plus one, or EmptySlot.
    private readonly Span<int> _slots;
    private readonly int _slotMask;

    private int _added;
    private int _largestKeyAt;
    private bool _inOrder;

    /// <param name="slots">At least <see cref="SlotsFor"/> of the capacity: a power of two, cleared here.</param>
    internal HitList(Span<PaperId> ids, Span<long> keys, Span<int> slots)
    {
        _ids = ids;
        _keys = keys[..ids.Length];
        _slots = slots[..SlotsFor(ids.Length)];
        _slots.Clear();
        _slotMask = _slots.Length - 1;
        _largestKeyAt = -1;
        _inOrder = true;
    }

    internal int Count { get; private set; }

    internal bool Overflow { get; private set; }

    /// <summary>Slots probed and entries moved: what a caller can count to see the work grow with its input.</summary>
    internal long Steps { get; private set; }

    /// <summary>How many hash slots a list of <paramref name="capacity"/> ids needs: at most half of them full.</summary>
    internal static int SlotsFor(int capacity) => (int)Math.Max(8, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2));

    internal void Add(int position, PaperId id)
    {
        var key = ((long)position << 32) | (uint)_added++;
        var slot = FindSlot(id);
        if (_slots[slot] != EmptySlot)
        {
            var existing = _slots[slot] - 1;
            if (_keys[existing] >> 32 <= position)
            {
                return;
            }

            SetKey(existing, key);
            return;
        }

        if (Count < _ids.Length)
        {
            _ids[Count] = id;
            _slots[slot] = Count + 1;
            SetKey(Count, key);
            Count++;
            return;
        }

        Overflow = true;
        var last = LargestKeyAt();
        if (key > _keys[last])
        {
            return;
        }

        // Keep the earliest ids: the last one gives way.
        RemoveSlot(FindSlot(_ids[last]));
        _ids[last] = id;
        _slots[FindSlot(id)] = last + 1;
        SetKey(last, key);
    }

    /// <summary>Puts the ids in the order they appear in the text; call once, after the last <see cref="Add"/>.</summary>
    internal readonly void Finish()
    {
        if (!_inOrder)
        {
            _keys[..Count].Sort(_ids[..Count]);
        }
    }

    private void SetKey(int index, long key)
    {
        // Keys only ever come down (a new one is appended after the others), so only the one before can be larger.
        if (index > 0 && key < _keys[index - 1])
        {
            _inOrder = false;
        }

        _keys[index] = key;
        _largestKeyAt = -1;
    }

    private int LargestKeyAt()
    {
        if (_largestKeyAt < 0)
        {
            _largestKeyAt = 0;
            for (var i = 1; i < Count; i++)
            {
                if (_keys[i] > _keys[_largestKeyAt])
                {
                    _largestKeyAt = i;
                }
            }

            Steps += Count;
        }

        return _largestKeyAt;
    }

    /// <summary>The slot holding the id, or the empty slot where it would go.</summary>
    private int FindSlot(PaperId id)
    {
        var slot = HomeSlot(id);
        while (_slots[slot] != EmptySlot && !_ids[_slots[slot] - 1].Equals(id))
        {
            slot = (slot + 1) & _slotMask;
            Steps++;
        }

        Steps++;
        return slot;
    }

    private readonly int HomeSlot(PaperId id) => id.GetHashCode() & _slotMask;

    // Linear probing cannot just empty a slot: an id placed further along its run would no longer be found. Each later
    // id of the run that may move back into the hole does, until the run ends.
    private void RemoveSlot(int hole)
    {
        for (var next = (hole + 1) & _slotMask; _slots[next] != EmptySlot; next = (next + 1) & _slotMask)
        {
            Steps++;
            var home = HomeSlot(_ids[_slots[next] - 1]);
            if (((next - home) & _slotMask) >= ((next - hole) & _slotMask))
            {
                _slots[hole] = _slots[next];
                hole = next;
            }
        }

        _slots[hole] = EmptySlot;
    }
}
