// The sweep phase: every managed block left unmarked is garbage and goes back to the
// heap; marks on the survivors are cleared for the next cycle. Runtime-native blocks are
// never touched. The work is HeapSweeper's coalescing pass over the heap, done lazily:
// the pause only starts it, and the allocator's slow path (ManagedHeap) sweeps on in
// bounded steps (SweepStep) as it needs memory; whatever is left is finished at the start
// of the next collection. Callers: Collect, ManagedHeap.
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    // Heap swept per step: small enough to be a short delay (a fraction of a millisecond
    // under TCG), large enough that the sweep runs well ahead of allocation (each step
    // pays for a 64 KiB allocation reserve at most) and ends long before the next
    // collection would have to finish it inside its pause.
    private const nuint SweepStepBytes = 256 * 1024;

    // Time the allocator's sweep steps took, outside the pauses. Steps are far shorter
    // than the clock's tick, so the sum over many is an estimate; a sweep finished early
    // by a walker that needs exact numbers (KernelHeapWalker) is not counted.
    public static ulong TotalLazySweepMicroseconds { get; private set; }

    public static nuint LiveBytesAfterLastCollection => HeapRegions.LiveBytesAfterSweep(ManagedHeap.Heap);
    public static nuint FreedBytesTotal => HeapRegions.FreedBytesTotal(ManagedHeap.Heap);

    // One bounded step of the sweep under way in one region (ManagedHeap's slow path).
    internal static void SweepStep(HeapState* region)
    {
        ulong started = Now();
        HeapSweeper.Step(region, SweepStepBytes);
        TotalLazySweepMicroseconds += Now() - started;
    }

    // Every region of the heap (HeapRegions) is swept, each as the allocator needs it.
    private static void BeginSweep(HeapState* heap) => HeapRegions.BeginSweep(heap, ManagedHeap.NativeOwnerFlag);

    private static void FinishSweep(HeapState* heap) => HeapRegions.FinishSweep(heap);
}
