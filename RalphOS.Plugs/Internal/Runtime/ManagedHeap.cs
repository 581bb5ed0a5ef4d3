// ManagedHeap: where every managed object's memory comes from. The kernel hands it one
// region of RAM at boot (Initialize) before any managed allocation happens. For now this
// is a bump allocator that never frees; the garbage-collected heap replaces it.
namespace Internal.Runtime;

public static unsafe class ManagedHeap
{
    public const ulong MaxObjectSize = 1UL << 31;
    private const nuint Alignment = 16;

    private static byte* _next;
    private static byte* _end;
    private static byte* _start;

    public static void Initialize(byte* start, nuint size)
    {
        _start = start;
        _next = start;
        _end = start + size;
    }

    public static nuint BytesUsed => (nuint)(_next - _start);
    public static nuint BytesTotal => (nuint)(_end - _start);

    // Returns zeroed memory of at least size bytes, 16-byte aligned.
    public static byte* Allocate(nuint size)
    {
        size = (size + Alignment - 1) & ~(Alignment - 1);
        if (_next == null || size > (nuint)(_end - _next))
            Panic.Fail("out of memory: managed heap exhausted");
        byte* result = _next;
        _next += size;
        for (nuint i = 0; i < size; i += 8)
            *(ulong*)(result + i) = 0;
        return result;
    }
}
