// HeapRunsTests: the memory map's walk over runs of alike blocks (HeapRuns) against the
// model's own record of every allocation: the runs tile the block area in order, each run
// is all one owner's objects or all free, two neighbouring runs always differ, and the
// unused allocation reserves read as free; with a stride, a run swallows only stretches
// shorter than the stride between two blocks of its own kind, and there are fewer runs.
using System;
using System.Collections.Generic;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class HeapRunsTests
{
    [Fact]
    public void RunsTileTheAreaAndMatchEveryAllocation()
    {
        using var model = new HeapModel();
        var random = new Random(31);
        for (int i = 0; i < 6000; i++)
        {
            uint owner = (uint)random.Next(1, 4);
            if (random.Next(3) == 0)
                model.Allocate(random.Next(1, 3000), 16, owner, random);
            else
                model.AllocateFromReserve(random.Next(1, 300), owner, random, references: random.Next(2) == 0);
            if (model.Addresses.Count > 0 && random.Next(4) == 0)
            {
                nint victim = model.Addresses[random.Next(model.Addresses.Count)];
                model.Forget(victim, verifyContents: false);
                Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)victim));
            }
        }
        Assert.True(model.Heap->Reserve != null && model.Heap->ReferenceReserve != null);

        var runs = new List<(nint Start, nint End, uint Owner, bool Allocated)>();
        byte* from = null;
        for (byte* start = HeapRuns.Next(model.Heap, from, out byte* end, out uint owner, out bool allocated);
             start != null;
             start = HeapRuns.Next(model.Heap, end, out end, out owner, out allocated))
        {
            Assert.True(end > start);
            runs.Add(((nint)start, (nint)end, owner, allocated));
        }
        Assert.Equal((nint)model.Heap->AreaStart, runs[0].Start);
        Assert.Equal((nint)model.Heap->AreaEnd, runs[^1].End);
        for (int i = 1; i < runs.Count; i++)
        {
            Assert.Equal(runs[i - 1].End, runs[i].Start);
            Assert.False(runs[i - 1].Allocated == runs[i].Allocated && runs[i - 1].Owner == runs[i].Owner, "neighbouring runs alike");
        }

        // Every granule of every live allocation lies in an allocated run of its owner; the
        // reserves lie in free runs.
        int index = 0;
        var sorted = new List<nint>(model.Live.Keys);
        sorted.Sort();
        foreach (nint payload in sorted)
        {
            while (runs[index].End <= payload)
                index++;
            Assert.True(runs[index].Allocated, "a live object in a free run");
            Assert.Equal(model.Live[payload].Owner, runs[index].Owner);
            Assert.True(payload + model.Live[payload].Size <= runs[index].End, "an object crosses its run's end");
        }
        foreach (nint reserve in new[] { (nint)model.Heap->Reserve, (nint)model.Heap->ReferenceReserve })
        {
            var run = runs.Find(r => r.Start <= reserve && reserve < r.End);
            Assert.False(run.Allocated, "a reserve in an allocated run");
        }
    }

    [Fact]
    public void WithAStrideARunSwallowsOnlyShortStretchesBetweenAlikeBlocks()
    {
        using var model = new HeapModel();
        var random = new Random(32);
        // Long stretches of one owner's small objects with a few other blocks among them,
        // some of them freed again.
        for (int i = 0; i < 20000; i++)
        {
            uint owner = random.Next(50) == 0 ? 2u : 1u;
            model.AllocateFromReserve(random.Next(1, 200), owner, random);
            if (model.Addresses.Count > 0 && random.Next(40) == 0)
            {
                nint victim = model.Addresses[random.Next(model.Addresses.Count)];
                model.Forget(victim, verifyContents: false);
                Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)victim));
            }
        }
        const int Stride = 512;
        int exactRuns = Runs(model.Heap, 0).Count;
        List<(nint Start, nint End, uint Owner, bool Allocated)> runs = Runs(model.Heap, Stride);
        Assert.True(runs.Count < exactRuns, $"{runs.Count} runs with a stride, {exactRuns} without");
        Assert.Equal((nint)model.Heap->AreaStart, runs[0].Start);
        Assert.Equal((nint)model.Heap->AreaEnd, runs[^1].End);
        foreach (var run in runs)
        {
            // Every block of another kind inside the run lies between two alike blocks at
            // most a stride apart; the run's first block is its kind.
            nint lastAlike = 0;
            bool misfitSinceLastAlike = false;
            for (BlockHeader* block = (BlockHeader*)run.Start; (nint)block < run.End; block = KernelHeapWalker.Next(block))
            {
                bool allocated = BlockHeader.IsAllocated(block) && !AllocationReserve.IsReserve(model.Heap, block);
                bool alike = allocated == run.Allocated && (!allocated || block->Owner == run.Owner);
                if (alike)
                {
                    Assert.True(!misfitSinceLastAlike || (nint)block - lastAlike <= Stride, "a run swallowed more than a stride");
                    lastAlike = (nint)block;
                    misfitSinceLastAlike = false;
                }
                else
                {
                    Assert.NotEqual(run.Start, (nint)block);
                    misfitSinceLastAlike = true;
                }
            }
            Assert.False(misfitSinceLastAlike, "a run ends in a block of another kind");
        }
    }

    private static List<(nint Start, nint End, uint Owner, bool Allocated)> Runs(HeapState* heap, nuint stride)
    {
        var runs = new List<(nint, nint, uint, bool)>();
        for (byte* start = HeapRuns.Next(heap, null, out byte* end, out uint owner, out bool allocated, stride);
             start != null;
             start = HeapRuns.Next(heap, end, out end, out owner, out allocated, stride))
        {
            runs.Add(((nint)start, (nint)end, owner, allocated));
        }
        return runs;
    }

    [Fact]
    public void AnEmptyHeapIsOneFreeRun()
    {
        using var model = new HeapModel();
        byte* start = HeapRuns.Next(model.Heap, null, out byte* end, out _, out bool allocated);
        Assert.True(start == model.Heap->AreaStart);
        Assert.True(end == model.Heap->AreaEnd);
        Assert.False(allocated);
        Assert.True(HeapRuns.Next(model.Heap, end, out _, out _, out _) == null);
    }
}
