// ManagedHeap: where every managed object's memory comes from. The kernel hands it one
// region of RAM at boot (Initialize) before any managed allocation happens; the region is
// run by KernelHeap (Internal/Memory). Small objects are cut from a zeroed allocation
// reserve (AllocationReserve): the fast path, inlined into the allocation helpers. Objects
// whose type has references come from a reserve of their own and are flagged for the
// collector (HeapState.ReferenceBitmap), large ones too. When the
// reserve runs out, an allocation fails, or enough has been allocated since the last
// collection, the slow path takes over and the garbage collector may run; after a
// collection the slow path also does the collector's sweep, lazily, a step at a time
// (GarbageCollector.SweepStep), as it needs free memory. Blocks are tagged
// with an owner: the current task's id for managed objects (per-task accounting), or the
// Native flag for runtime memory the collector must never free.
using Internal.Runtime.CompilerHelpers;
using System.Runtime.CompilerServices;
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe class ManagedHeap
{
    public const ulong MaxObjectSize = 1UL << 31;
    public const uint NativeOwnerFlag = 0x8000_0000;
    private const nuint Alignment = 16;
    private const nuint MinimumCollectionBudget = 8 * 1024 * 1024;

    private static HeapState* _heap;
    private static nuint _allocatedSinceCollection;
    private static nuint _collectionBudget = MinimumCollectionBudget;

    // Owner tag for new managed objects: the running task's id (0 = the kernel).
    public static uint CurrentOwner;

    public static bool Initialize(byte* start, nuint size)
    {
        _heap = KernelHeap.Init(start, size);
        return _heap != null;
    }

    internal static HeapState* Heap => _heap;

    public static nuint BytesUsed => _heap == null ? 0 : KernelHeapWalker.UsedBytes(_heap);

    public static nuint BytesTotal => _heap == null ? 0 : KernelHeapWalker.TotalBytes(_heap);

    // Heap bytes in blocks tagged with this owner (a task id).
    public static nuint BytesOwnedBy(uint owner) =>
        _heap == null ? 0 : KernelHeapWalker.OwnerUsage(_heap, owner, out nuint _);

    // Zeroed memory for a managed object of at least size bytes, 16-byte aligned; whether
    // its type has `references` tells the collector whether to scan it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Allocate(nuint size, bool references)
    {
        HeapState* heap = _heap;
        if (heap != null)
        {
            byte* memory = (byte*)AllocationReserve.TryAllocate(heap, size, CurrentOwner, references);
            if (memory != null)
                return memory;
        }
        return AllocateSlow(size, references);
    }

    // Collects when the budget since the last collection is spent, and once more before
    // giving up. The budget counts block bytes taken from the free lists: a whole reserve
    // when it is taken, less its unused rest when the next refill gives that back.
    private static byte* AllocateSlow(nuint size, bool references)
    {
        if (_heap == null)
            Panic.Fail("out of memory: the managed heap is not initialized");
        if (_allocatedSinceCollection > _collectionBudget && GarbageCollector.IsEnabled)
            Collect();
        byte* memory = AllocateSweeping(size, Alignment, native: false, references);
        if (memory == null && GarbageCollector.IsEnabled)
        {
            Collect();
            memory = AllocateSweeping(size, Alignment, native: false, references);
        }
        if (memory == null)
            ThrowHelpers.ThrowOutOfMemoryException("out of memory: managed heap exhausted");
        return memory;
    }

    // Allocates from the free lists while the collector's lazy sweep refills them: every
    // call sweeps one step (so the sweep keeps ahead of allocation and is done long before
    // the next collection), and more until the request fits or the sweep is over.
    private static byte* AllocateSweeping(nuint size, nuint alignment, bool native, bool references)
    {
        if (HeapSweeper.IsSweeping(_heap))
            GarbageCollector.SweepStep();
        while (true)
        {
            byte* memory = native
                ? (byte*)KernelHeap.AllocateZeroed(_heap, size, alignment, NativeOwnerFlag)
                : AllocateFromFreeLists(size, references);
            if (memory != null || !HeapSweeper.IsSweeping(_heap))
                return memory;
            GarbageCollector.SweepStep();
        }
    }

    private static byte* AllocateFromFreeLists(nuint size, bool references)
    {
        if (size <= AllocationReserve.SmallLimit)
        {
            // The old reserve's rest goes back to the free lists: count only what it gave.
            // (Saturating: a collection that did not sweep may have reset the count.)
            nuint unused = AllocationReserve.Size(_heap, references);
            _allocatedSinceCollection = _allocatedSinceCollection > unused ? _allocatedSinceCollection - unused : 0;
            nuint reserved = AllocationReserve.Refill(_heap, size, references);
            if (reserved != 0)
            {
                _allocatedSinceCollection += reserved;
                return (byte*)AllocationReserve.TryAllocate(_heap, size, CurrentOwner, references);
            }
        }
        byte* memory = (byte*)KernelHeap.AllocateZeroed(_heap, size, Alignment, CurrentOwner);
        if (memory != null)
        {
            if (references)
                KernelHeapWalker.FlagReferences(_heap, memory);
            _allocatedSinceCollection += size;
        }
        return memory;
    }

    // Memory the runtime and kernel manage by hand (never collected, never moved), zeroed;
    // null when there is no room. Alignment is a power of two (at least 16).
    public static byte* AllocateNative(nuint size, nuint alignment = Alignment) =>
        AllocateSweeping(size, alignment, native: true, references: false);

    public static void FreeNative(void* memory)
    {
        if (memory != null)
            KernelHeap.Free(_heap, memory);
    }

    private static void Collect()
    {
        nuint live = GarbageCollector.CollectLazily();
        _allocatedSinceCollection = 0;
        // Collect again after allocating as much as survived (at least the minimum), so
        // collection work stays proportional to allocation.
        _collectionBudget = live > MinimumCollectionBudget ? live : MinimumCollectionBudget;
    }
}
