// MemoryZero: zeroes memory the heap hands out (KernelHeap.AllocateZeroed, the allocation
// reserve of AllocationReserve). Written in C#, not as a call to the memset helper, so the
// heap stays host-testable; the loop stores eight words per iteration because under QEMU's
// TCG every loop iteration costs a translation-block dispatch, which a one-word loop or
// `rep stosq` pays per 8 bytes (about three times slower than this loop under qemu-x86_64).

namespace Internal.Memory;

internal static unsafe class MemoryZero
{
    private const int WordsPerIteration = 8;
    private const nuint BytesPerIteration = WordsPerIteration * sizeof(ulong);

    // Zeroes [start, start + bytes): start 8-byte aligned, bytes a multiple of 8.
    public static void Clear(byte* start, nuint bytes)
    {
        ulong* word = (ulong*)start;
        ulong* end = (ulong*)(start + bytes);
        while ((nuint)((byte*)end - (byte*)word) >= BytesPerIteration)
        {
            word[0] = 0;
            word[1] = 0;
            word[2] = 0;
            word[3] = 0;
            word[4] = 0;
            word[5] = 0;
            word[6] = 0;
            word[7] = 0;
            word += WordsPerIteration;
        }
        while (word < end)
        {
            *word++ = 0;
        }
    }
}
