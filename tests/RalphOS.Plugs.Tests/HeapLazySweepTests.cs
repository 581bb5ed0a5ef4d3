// Tests of HeapSweeper's lazy sweep against HeapModel: after Begin, random interleavings of
// sweep steps of random lengths, allocations (from the free lists and the allocation
// reserve, sweeping more when they do not fit yet), frees anywhere (below, at and above the
// cursor) and early finishes by the walkers that need exact numbers keep a heap HeapChecker
// accepts and every live block intact; new blocks always come from the swept part; and the
// finished sweep has freed exactly the garbage of its mark, cleared every mark and leaves
// the heap the model describes.
using System;
using System.Collections.Generic;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class HeapLazySweepTests
{
    private const uint PreservedFlag = 0x8000_0000;
    private const uint PreservedOwner = PreservedFlag | 3;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void InterleavedStepsAllocationsAndFreesMatchTheModel(int seed)
    {
        using var model = new HeapModel();
        var random = new Random(seed);
        for (int cycle = 0; cycle < 20; cycle++)
        {
            for (int op = random.Next(100, 2000); op > 0; op--)
            {
                if (random.Next(10) < 8 || model.Addresses.Count == 0)
                {
                    Allocate(model, random);
                }
                else
                {
                    Free(model, random);
                }
            }
            nuint deadBytes = MarkAndForgetGarbage(model, random);
            nuint usedBefore = Used(model);
            HeapSweeper.Begin(model.Heap, PreservedFlag);
            Assert.Equal(HeapStatus.Ok, HeapChecker.Check(model.Heap));
            for (int op = 0; HeapSweeper.IsSweeping(model.Heap); op++)
            {
                int choice = random.Next(100);
                if (choice < 40)
                {
                    HeapSweeper.Step(model.Heap, RandomStep(random));
                }
                else if (choice < 80)
                {
                    Allocate(model, random);
                }
                else if (choice < 99 && model.Addresses.Count > 0)
                {
                    Free(model, random);
                }
                else if (choice == 99)
                {
                    KernelHeapWalker.GetStats(model.Heap, out HeapStats _); // needs exact numbers
                    Assert.False(HeapSweeper.IsSweeping(model.Heap));
                }
                Assert.Equal(HeapStatus.Ok, HeapChecker.Check(model.Heap));
                if (op % 16 == 0)
                {
                    AssertNoMarkBelowCursor(model);
                    model.VerifyContents();
                }
            }
            Assert.Equal(deadBytes, model.Heap->SweepFreedBytes);
            Assert.Equal(usedBefore - deadBytes, model.Heap->LiveBytesAfterSweep);
            AssertNoMarkBelowCursor(model);
            model.VerifyAgainstModel();
            model.VerifyContents();
        }
    }

    [Fact]
    public void FreeingAroundTheCursorCoalescesOnceSwept()
    {
        using var model = new HeapModel();
        var random = new Random(7);
        var blocks = new List<nint>();
        for (int i = 0; i < 64; i++)
        {
            blocks.Add(model.Allocate(100, 16, 1, random));
        }
        foreach (nint address in blocks)
        {
            KernelHeapWalker.SetMark(model.Heap, (void*)address);
        }
        HeapSweeper.Begin(model.Heap, PreservedFlag);
        HeapSweeper.Step(model.Heap, 32 * 128 + 1); // the cursor stops just past block 32
        byte* cursor = model.Heap->SweepCursor;
        Assert.Equal(blocks[33] - BlockHeader.Size, (nint)cursor);
        // Below, at and above the cursor: each freed on its own, joined by the sweep.
        foreach (int i in new[] { 33, 32, 34, 31, 41, 40 })
        {
            model.Forget(blocks[i], verifyContents: true);
            Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)blocks[i]));
            Assert.Equal(HeapStatus.Ok, HeapChecker.Check(model.Heap));
        }
        Assert.Equal(HeapStatus.DoubleFree, KernelHeap.Free(model.Heap, (void*)blocks[40]));
        HeapSweeper.Finish(model.Heap);
        model.VerifyAgainstModel();
        KernelHeapWalker.GetStats(model.Heap, out HeapStats stats);
        Assert.Equal((nuint)3, stats.FreeBlocks); // 31..34, 40..41 and the rest of the area
    }

    // A new block must come from the swept part, below the cursor, where the sweep is over.
    private static void Allocate(HeapModel model, Random random)
    {
        int size = random.Next(100) switch { < 80 => random.Next(1, 300), < 98 => random.Next(1, 4097), _ => random.Next(1, 65537) };
        nuint alignment = random.Next(20) == 0 ? (nuint)1 << random.Next(5, 12) : 16;
        uint owner = random.Next(15) == 0 ? PreservedOwner : (uint)random.Next(1, 9);
        bool fromReserve = size <= (int)AllocationReserve.SmallLimit && random.Next(3) != 0;
        while (true)
        {
            bool references = random.Next(2) == 0;
            nint address = fromReserve
                ? model.AllocateFromReserve(size, owner, random, references)
                : model.Allocate(size, alignment, owner, random, references);
            if (address != 0)
            {
                Assert.True((byte*)address < model.Heap->SweepCursor, "allocated above the sweep cursor");
                return;
            }
            if (!HeapSweeper.IsSweeping(model.Heap))
            {
                return; // the heap is full
            }
            HeapSweeper.Step(model.Heap, RandomStep(random));
        }
    }

    // From a single block to a sizeable stretch of the 8 MiB heap.
    private static nuint RandomStep(Random random) => (nuint)random.Next(1, 256 * 1024);

    private static void Free(HeapModel model, Random random)
    {
        nint address = model.Addresses[random.Next(model.Addresses.Count)];
        model.Forget(address, verifyContents: true);
        Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)address));
    }

    // Marks a random share of the blocks and drops the garbage from the model; returns its bytes.
    private static nuint MarkAndForgetGarbage(HeapModel model, Random random)
    {
        int keepPercent = random.Next(101);
        var dead = new List<nint>();
        nuint deadBytes = 0;
        foreach (nint address in model.Addresses)
        {
            if (random.Next(100) < keepPercent)
            {
                KernelHeapWalker.SetMark(model.Heap, (void*)address);
            }
            else if ((KernelHeapWalker.Owner((void*)address) & PreservedFlag) == 0)
            {
                dead.Add(address);
                deadBytes += KernelHeapWalker.UsableSize((void*)address) + BlockHeader.Size;
            }
        }
        foreach (nint address in dead)
        {
            model.Forget(address, verifyContents: true);
        }
        AddStrayMarks(model, random);
        return deadBytes;
    }

    // Marks on free blocks and on the reserves, as a reference field pointing at where one
    // starts would leave (the tracer marks through the bitmaps without looking at the
    // block): they must not keep anything alive, and the sweep must clear them too.
    private static void AddStrayMarks(HeapModel model, Random random)
    {
        HeapState* heap = model.Heap;
        for (BlockHeader* block = (BlockHeader*)heap->AreaStart; (byte*)block < heap->AreaEnd; block = KernelHeapWalker.Next(block))
        {
            bool unused = !BlockHeader.IsAllocated(block) || AllocationReserve.IsReserve(heap, block);
            if (unused && random.Next(2) == 0)
            {
                GranuleBitmap.Set(heap->MarkBitmap, StartBitmap.Granule(heap, (byte*)block));
            }
        }
    }

    // Used bytes without the reserve, which Begin retires.
    private static nuint Used(HeapModel model) => model.Heap->UsedBytes - AllocationReserve.Size(model.Heap);

    // No mark bit at all below the cursor: at swept blocks, where a block used to start, or
    // where none ever did.
    private static void AssertNoMarkBelowCursor(HeapModel model)
    {
        nuint swept = StartBitmap.Granule(model.Heap, model.Heap->SweepCursor);
        for (nuint granule = 0; granule < swept; granule++)
        {
            Assert.False(GranuleBitmap.IsSet(model.Heap->MarkBitmap, granule), "a swept stretch kept a mark");
        }
    }
}
