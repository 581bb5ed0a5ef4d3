// GarbageCollector: a non-moving mark-and-sweep collector for the managed heap.
//   Roots: the object behind every GC static block (ModuleInitializer records the region),
//   registered words (GarbageCollector.Roots.cs), every frozen object in the image (they
//   are writable), and every stack, scanned
//   conservatively: each aligned word that points into an
//   allocated heap block keeps that block alive (so references held only in registers or
//   as interior pointers are safe). The running stack is scanned from a point below which
//   all callee-saved registers were spilled; other stacks are reported by the kernel.
//   Heap objects are scanned precisely with the GC descriptors the compiler emits in front
//   of each MethodTable (HeapTracer, GcDescriptor). Unmarked blocks are freed
//   (GarbageCollector.Sweep.cs), lazily by the allocator after the pause. Frozen objects
//   in the image are outside the heap and are never freed. Objects never move, so
//   addresses stay valid for native code.
// The kernel enables it once it has told the collector how to find stacks and time.
using System.Runtime.InteropServices;
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    // Kernel hooks: the top (highest address) of the stack that contains an address; a
    // routine that calls ScanRange for every stack other than the running one; a clock;
    // something to do as the mark begins (the kernel resets the TLB: SoftwareTlb).
    public static delegate*<nint, nint> StackTopFor;
    public static delegate*<void> ScanOtherStacks;
    public static delegate*<ulong> MicrosecondClock;
    public static delegate*<void> BeforeMark;

    public static bool IsEnabled;

    private static bool _collecting;

    public static ulong Collections { get; private set; }
    public static ulong LastPauseMicroseconds { get; private set; }
    public static ulong MaxPauseMicroseconds { get; private set; }
    public static ulong TotalPauseMicroseconds { get; private set; }
    // The pause split into its two phases (roots and marking; the sweeping done inside the
    // pause: what a lazy sweep left of the last cycle, starting this one's, and all of it
    // for a full Collect), at the clock's resolution: shows which one a change helps.
    public static ulong LastMarkMicroseconds { get; private set; }
    public static ulong LastSweepMicroseconds { get; private set; }
    public static ulong TotalMarkMicroseconds { get; private set; }
    public static ulong TotalSweepMicroseconds { get; private set; }
    // The part of the mark phase spent on the roots (statics, frozen objects, stacks), as
    // opposed to tracing the heap from them.
    public static ulong LastRootsMicroseconds { get; private set; }
    public static ulong TotalRootsMicroseconds { get; private set; }

    // Starts the pause statistics afresh (benchmarks measure one stretch of work).
    public static void ResetPauseStatistics()
    {
        MaxPauseMicroseconds = 0;
        TotalPauseMicroseconds = 0;
        TotalMarkMicroseconds = 0;
        TotalSweepMicroseconds = 0;
        TotalRootsMicroseconds = 0;
        TotalLazySweepMicroseconds = 0;
    }

    private static ulong Now() => MicrosecondClock != null ? MicrosecondClock() : 0;

    // Runs a full collection, sweep included (GC.Collect, the console); returns the bytes
    // still in use afterwards.
    public static nuint Collect() => Collect(sweepLazily: false);

    // Marks and only starts the sweep, which the allocator finishes (ManagedHeap). Returns
    // the live bytes of the last completed sweep (the previous cycle's, as this one's is
    // not known yet): an estimate, good enough to size the next collection budget.
    internal static nuint CollectLazily() => Collect(sweepLazily: true);

    private static nuint Collect(bool sweepLazily)
    {
        if (ManagedHeap.Heap == null || _collecting || StackTopFor == null)
            return ManagedHeap.BytesUsed;
        _collecting = true;
        ulong started = Now();

        // Marking needs every unmarked block to be garbage of this cycle, not the last.
        FinishSweep(ManagedHeap.Heap);
        ulong leftover = Now();
        if (BeforeMark != null)
            BeforeMark();
        BeginMark();
        // (Read after BeginMark: the heap may have grown a region for the mark stack.)
        HeapState* heap = ManagedHeap.Heap;
        MarkStaticRoots();
        MarkRegisteredRoots();
        MarkFromFrozenObjects();
        WithRegistersSpilled(&ScanRunningStack);
        if (ScanOtherStacks != null)
            ScanOtherStacks();
        ulong rooted = Now();
        FinishMark();
        ulong marked = Now();
        BeginSweep(heap);
        if (!sweepLazily)
            FinishSweep(heap);
        ulong finished = Now();

        nuint live = LiveBytesAfterLastCollection;
        Collections++;
        ulong pause = finished - started;
        LastPauseMicroseconds = pause;
        LastMarkMicroseconds = marked - leftover;
        LastSweepMicroseconds = pause - LastMarkMicroseconds;
        LastRootsMicroseconds = rooted - leftover;
        TotalRootsMicroseconds += LastRootsMicroseconds;
        TotalPauseMicroseconds += pause;
        TotalMarkMicroseconds += LastMarkMicroseconds;
        TotalSweepMicroseconds += LastSweepMicroseconds;
        if (pause > MaxPauseMicroseconds)
            MaxPauseMicroseconds = pause;
        _collecting = false;
        return live;
    }

    [UnmanagedCallersOnly]
    private static void ScanRunningStack(nint lowestAddress)
    {
        nint top = StackTopFor(lowestAddress);
        if (top > lowestAddress)
            ScanRange(lowestAddress, top);
    }

    // Conservatively marks from every pointer-aligned word in [low, high).
    public static void ScanRange(nint low, nint high)
    {
        for (nint slot = (low + 7) & ~7; slot + 8 <= high; slot += 8)
            MarkIfHeapObject(*(nint*)slot);
    }

    private static void MarkStaticRoots()
    {
        byte* start = ModuleInitializer.GCStaticRegionStart;
        byte* end = ModuleInitializer.GCStaticRegionEnd;
        for (byte* entry = start; entry < end; entry += sizeof(int))
        {
            nint* block = (nint*)(entry + *(int*)entry);
            MarkIfHeapObject(*block);
        }
    }

    // Frozen objects sit back to back, each after its 8-byte header; their size comes from
    // the MethodTable (plus elements for arrays and strings), rounded up to 8.
    private static void MarkFromFrozenObjects()
    {
        byte* cursor = ModuleInitializer.FrozenRegionStart;
        byte* end = ModuleInitializer.FrozenRegionEnd;
        while (cursor + 2 * sizeof(nint) <= end)
        {
            byte* obj = cursor + sizeof(nint);
            MethodTable* type = *(MethodTable**)obj;
            if (type == null)
            {
                cursor += sizeof(nint);
                continue;
            }
            ScanFrozenObject(obj);
            cursor += (GcDescriptor.ObjectSize(obj, type) + 7) & ~(nint)7;
        }
    }

    [DllImport("*", EntryPoint = "ralph_gc_with_registers_spilled")]
    private static extern void WithRegistersSpilled(delegate* unmanaged<nint, void> callback);
}
