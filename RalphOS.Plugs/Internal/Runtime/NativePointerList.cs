// NativePointerList: an append-only list of pointers, with a fixed capacity, kept in native
// memory (taken at the first Add) for the runtime's own records that live for good: the
// types the type loader builds, the collector's registered roots.
namespace Internal.Runtime;

internal unsafe struct NativePointerList
{
    private readonly int _capacity;
    private void** _items;
    private int _count;

    public NativePointerList(int capacity)
    {
        _capacity = capacity;
        _items = null;
        _count = 0;
    }

    public int Count => _count;

    public void* this[int index] => _items[index];

    // False when the list is full or there is no memory for it.
    public bool Add(void* item)
    {
        if (_items == null)
            _items = (void**)ManagedHeap.AllocateNative((nuint)(_capacity * sizeof(void*)));
        if (_items == null || _count == _capacity)
            return false;
        _items[_count++] = item;
        return true;
    }

    // Forgets the entries from `count` on (undoing work that could not be finished).
    public void Truncate(int count)
    {
        if (count < _count)
            _count = count;
    }
}
