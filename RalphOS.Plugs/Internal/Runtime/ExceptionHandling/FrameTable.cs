// FrameTable: finds the FrameDescription covering a code address. Built once at boot from
// the whole .eh_frame section (about two thousand FDEs: one per method with a frame and one
// per funclet) into an array sorted by start address, then searched by bisection; nothing
// of it runs unless an exception is thrown. Methods without a frame (small leaf methods,
// ILC's thunks) have no FDE: Find returns false for them.
namespace Internal.Runtime.ExceptionHandling;

internal sealed unsafe class FrameTable
{
    private readonly FrameDescription[] _entries;
    private readonly int _count;

    // The first record ILC's section could not describe (0 when every record was read).
    public ulong FirstUnreadableOffset { get; }

    public int Count => _count;

    public FrameTable(byte* sectionStart, byte* sectionEnd, long runtimeBase)
    {
        int capacity = 0;
        byte* p = sectionStart;
        while (EhFrameReader.TryRead(sectionStart, p, sectionEnd, runtimeBase, out bool isFde, out _, out byte* next))
        {
            if (isFde)
                capacity++;
            p = next;
        }
        if (p < sectionEnd && *(uint*)p != 0)
            FirstUnreadableOffset = (ulong)(p - sectionStart);
        _entries = new FrameDescription[capacity];
        p = sectionStart;
        while (_count < capacity && EhFrameReader.TryRead(sectionStart, p, sectionEnd, runtimeBase, out bool isFde, out FrameDescription fde, out byte* next))
        {
            if (isFde)
                _entries[_count++] = fde;
            p = next;
        }
        SortByStart();
    }

    public FrameDescription this[int index] => _entries[index];

    public bool Find(ulong address, out FrameDescription fde)
    {
        int low = 0;
        int high = _count - 1;
        while (low <= high)
        {
            int middle = low + (high - low) / 2;
            if (address < _entries[middle].CodeStart)
                high = middle - 1;
            else if (address >= _entries[middle].CodeEnd)
                low = middle + 1;
            else
            {
                fde = _entries[middle];
                return true;
            }
        }
        fde = default;
        return false;
    }

    // ILC writes the FDEs in code order, so this is one pass; an insertion sort keeps any
    // other order correct too.
    private void SortByStart()
    {
        for (int i = 1; i < _count; i++)
        {
            FrameDescription item = _entries[i];
            int j = i - 1;
            while (j >= 0 && _entries[j].CodeStart > item.CodeStart)
            {
                _entries[j + 1] = _entries[j];
                j--;
            }
            _entries[j + 1] = item;
        }
    }
}
