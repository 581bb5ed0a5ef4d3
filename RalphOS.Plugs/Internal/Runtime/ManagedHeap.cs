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
// A program's heap grows (ManagedHeap.Growth.cs): when a request fits in no region even
// after a collection, the runtime asks its host (RegionSource) for another region
// (HeapGrowth sizes it) and the heap becomes a chain of regions (HeapRegions), the newest
// first; the fast path cuts from one of them (_heap) and the slow path tries the others.
// The kernel's heap has no RegionSource: one region, as before.
using Internal.Runtime.CompilerHelpers;
using System.Runtime.CompilerServices;
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class ManagedHeap
{
    public const ulong MaxObjectSize = 1UL << 31;
    public const uint NativeOwnerFlag = 0x8000_0000;
    private const nuint Alignment = 16;
    private const nuint MinimumCollectionBudget = 8 * 1024 * 1024;

    // The region the fast path allocates from; every region, newest first (HeapRegions).
    private static HeapState* _heap;
    private static HeapState* _regions;
    private static nuint _allocatedSinceCollection;
    private static nuint _collectionBudget = MinimumCollectionBudget;

    // Owner tag for new managed objects: the running task's id (0 = the kernel).
    public static uint CurrentOwner;

    public static bool Initialize(byte* start, nuint size)
    {
        _heap = KernelHeap.Init(start, size);
        _regions = _heap;
        _regionBytes = _heap == null ? 0 : size;
        return _heap != null;
    }

    // The first region of the chain (the kernel's heap: its only one).
    internal static HeapState* Heap => _regions;

    public static nuint BytesUsed => HeapRegions.UsedBytes(_regions);

    public static nuint BytesTotal => HeapRegions.TotalBytes(_regions);

    // Heap bytes in blocks tagged with this owner (a task id).
    public static nuint BytesOwnedBy(uint owner) => HeapRegions.OwnerUsage(_regions, owner);

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
        byte* memory = AllocateInAnyRegion(size, Alignment, native: false, references);
        if (memory == null && GarbageCollector.IsEnabled)
        {
            Collect();
            memory = AllocateInAnyRegion(size, Alignment, native: false, references);
        }
        // Collection first, growth second (a heap without a RegionSource never grows).
        if (memory == null && Grow(size))
            memory = AllocateInAnyRegion(size, Alignment, native: false, references);
        if (memory == null)
            ThrowHelpers.ThrowOutOfMemoryException("out of memory: managed heap exhausted");
        return memory;
    }

    // Tries the fast path's region, then the others (newest first); the region that serves
    // a managed request becomes the fast path's. A single-region heap costs one test more.
    private static byte* AllocateInAnyRegion(nuint size, nuint alignment, bool native, bool references)
    {
        byte* memory = AllocateSweeping(_heap, size, alignment, native, references);
        if (memory != null || _regions->NextRegion == null)
            return memory;
        for (HeapState* region = _regions; region != null; region = region->NextRegion)
        {
            if (region == _heap)
                continue;
            memory = AllocateSweeping(region, size, alignment, native, references);
            if (memory != null)
            {
                if (!native)
                    _heap = region;
                return memory;
            }
        }
        return null;
    }

    // Allocates from a region's free lists while the collector's lazy sweep refills them:
    // every call sweeps one step (so the sweep keeps ahead of allocation and is done long
    // before the next collection), and more until the request fits or the sweep is over.
    private static byte* AllocateSweeping(HeapState* heap, nuint size, nuint alignment, bool native, bool references)
    {
        if (HeapSweeper.IsSweeping(heap))
            GarbageCollector.SweepStep(heap);
        while (true)
        {
            byte* memory = native
                ? (byte*)KernelHeap.AllocateZeroed(heap, size, alignment, NativeOwnerFlag)
                : AllocateFromFreeLists(heap, size, references);
            if (memory != null || !HeapSweeper.IsSweeping(heap))
                return memory;
            GarbageCollector.SweepStep(heap);
        }
    }

    private static byte* AllocateFromFreeLists(HeapState* heap, nuint size, bool references)
    {
        if (size <= AllocationReserve.SmallLimit)
        {
            // The old reserve's rest goes back to the free lists: count only what it gave.
            // (Saturating: a collection that did not sweep may have reset the count.)
            nuint unused = AllocationReserve.Size(heap, references);
            _allocatedSinceCollection = _allocatedSinceCollection > unused ? _allocatedSinceCollection - unused : 0;
            nuint reserved = AllocationReserve.Refill(heap, size, references);
            if (reserved != 0)
            {
                _allocatedSinceCollection += reserved;
                return (byte*)AllocationReserve.TryAllocate(heap, size, CurrentOwner, references);
            }
        }
        byte* memory = (byte*)KernelHeap.AllocateZeroed(heap, size, Alignment, CurrentOwner);
        if (memory != null)
        {
            if (references)
                KernelHeapWalker.FlagReferences(heap, memory);
            _allocatedSinceCollection += size;
        }
        return memory;
    }

    // Memory the runtime and kernel manage by hand (never collected, never moved), zeroed;
    // null when there is no room (a growing heap grows for it first). Alignment is a power
    // of two (at least 16).
    public static byte* AllocateNative(nuint size, nuint alignment = Alignment)
    {
        if (_heap == null)
            return null;
        byte* memory = AllocateInAnyRegion(size, alignment, native: true, references: false);
        if (memory == null && Grow(size + alignment))
            memory = AllocateInAnyRegion(size, alignment, native: true, references: false);
        return memory;
    }

    // The same without growing the heap: null when no region has room.
    internal static byte* AllocateNativeIfRoom(nuint size) =>
        _heap == null ? null : AllocateInAnyRegion(size, Alignment, native: true, references: false);

    public static void FreeNative(void* memory)
    {
        HeapState* region = memory == null ? null : HeapRegions.Find(_regions, memory);
        if (region != null)
            KernelHeap.Free(region, memory);
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
