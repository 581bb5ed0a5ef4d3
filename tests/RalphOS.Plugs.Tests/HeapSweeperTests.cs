// Tests of HeapSweeper against HeapModel: a sweep frees exactly the unmarked blocks of
// collectable owners, keeps preserved owners' blocks whether marked or not, clears the
// survivors' marks, leaves their contents intact, reports the bytes it freed, and leaves a
// heap HeapChecker accepts (maximal free runs, rebuilt free lists, bitmaps and counters),
// over many randomized cycles of allocating (from the free lists and from the allocation
// reserve, which a sweep retires), freeing, marking and sweeping.
using System;
using System.Collections.Generic;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class HeapSweeperTests
{
    private const uint PreservedFlag = 0x8000_0000;
    private const uint PreservedOwner = PreservedFlag | 3;

    [Fact]
    public void SweepFreesExactlyTheUnmarkedBlocks()
    {
        using var model = new HeapModel();
        var random = new Random(10);
        for (int i = 0; i < 5000; i++)
        {
            model.Allocate(random.Next(1, 300), 16, 1, random);
        }
        var survivors = new HashSet<nint>();
        foreach (nint address in model.Addresses)
        {
            if (random.Next(2) == 0)
            {
                KernelHeapWalker.SetMark(model.Heap, (void*)address);
                Assert.True(KernelHeapWalker.IsMarked(model.Heap, (void*)address));
                survivors.Add(address);
            }
        }
        SweepAndCheck(model);
        Assert.Equal(survivors.Count, model.Live.Count);
        foreach (nint address in survivors)
        {
            Assert.True(model.Live.ContainsKey(address));
        }
    }

    [Fact]
    public void PreservedOwnersSurviveWithoutMarks()
    {
        using var model = new HeapModel();
        var random = new Random(12);
        nint kept = model.Allocate(200, 16, PreservedOwner, random);
        nint dropped = model.Allocate(200, 16, 1, random);
        nint marked = model.Allocate(200, 16, 2, random);
        KernelHeapWalker.SetMark(model.Heap, (void*)marked);
        SweepAndCheck(model);
        Assert.True(model.Live.ContainsKey(kept));
        Assert.False(model.Live.ContainsKey(dropped));
        Assert.True(model.Live.ContainsKey(marked));
    }

    [Fact]
    public void SweepingAnEmptyOrAllGarbageHeapLeavesOneFreeBlock()
    {
        using var model = new HeapModel();
        var random = new Random(13);
        SweepAndCheck(model);
        for (int i = 0; i < 1000; i++)
        {
            model.Allocate(random.Next(1, 2000), 16, 1, random);
        }
        SweepAndCheck(model);
        KernelHeapWalker.GetStats(model.Heap, out HeapStats stats);
        Assert.Equal((nuint)1, stats.FreeBlocks);
        Assert.Equal(stats.TotalBytes, stats.LargestFreeBlock);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomCyclesMatchTheModel(int seed)
    {
        using var model = new HeapModel();
        var random = new Random(seed);
        for (int cycle = 0; cycle < 60; cycle++)
        {
            int operations = random.Next(100, 3000);
            for (int op = 0; op < operations; op++)
            {
                if (random.Next(10) < 8 || model.Addresses.Count == 0)
                {
                    int size = random.Next(100) switch { < 80 => random.Next(1, 300), < 98 => random.Next(1, 4097), _ => random.Next(1, 65537) };
                    nuint alignment = random.Next(20) == 0 ? (nuint)1 << random.Next(5, 12) : 16;
                    uint owner = random.Next(15) == 0 ? PreservedOwner : (uint)random.Next(1, 9);
                    if (size <= (int)AllocationReserve.SmallLimit && random.Next(3) != 0)
                    {
                        model.AllocateFromReserve(size, owner, random, references: random.Next(2) == 0);
                    }
                    else
                    {
                        model.Allocate(size, alignment, owner, random, references: random.Next(4) == 0);
                    }
                }
                else
                {
                    nint address = model.Addresses[random.Next(model.Addresses.Count)];
                    model.Forget(address, verifyContents: true);
                    Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)address));
                }
            }
            int keepPercent = random.Next(101);
            foreach (nint address in model.Addresses)
            {
                if (random.Next(100) < keepPercent)
                {
                    KernelHeapWalker.SetMark(model.Heap, (void*)address);
                }
            }
            SweepAndCheck(model);
        }
    }

    // Sweeps, checks the result against the marks, and updates the model to match.
    private static void SweepAndCheck(HeapModel model)
    {
        var dead = new List<nint>();
        nuint deadBytes = 0;
        foreach (HeapModel.Allocation a in model.Live.Values)
        {
            bool marked = KernelHeapWalker.IsMarked(model.Heap, (void*)a.Address);
            if (!marked && (a.Owner & PreservedFlag) == 0)
            {
                dead.Add(a.Address);
                deadBytes += KernelHeapWalker.UsableSize((void*)a.Address) + 16;
            }
        }
        foreach (nint address in dead)
        {
            model.Forget(address, verifyContents: true);
        }
        Assert.Equal(deadBytes, HeapSweeper.Sweep(model.Heap, PreservedFlag));
        for (nuint word = 0; word < model.Heap->BitmapWords; word++)
        {
            Assert.True(model.Heap->MarkBitmap[word] == 0, "the sweep left a mark");
        }
        Assert.True(model.Heap->Reserve == null && model.Heap->ReferenceReserve == null, "the sweep kept a reserve");
        model.VerifyAgainstModel();
        model.VerifyContents();
    }
}
