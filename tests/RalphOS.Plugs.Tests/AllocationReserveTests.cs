// Targeted tests of AllocationReserve (the randomized KernelHeap and HeapSweeper tests mix
// it with everything else): blocks come out back to back and zeroed even from memory that
// was dirty; the walkers and statistics treat the unused reserve as free memory; a refill
// gives up when only small holes are left; retiring gives everything back; objects with
// references come from a reserve of their own with their reference bits; HeapChecker
// notices a stray write into the reserve or a reference bit where no object starts.
using System;
using System.Collections.Generic;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class AllocationReserveTests
{
    [Fact]
    public void BlocksAreBackToBackAndTheRestCountsAsFree()
    {
        using var model = new HeapModel();
        var random = new Random(21);
        nint first = model.AllocateFromReserve(40, 1, random);
        nint second = model.AllocateFromReserve(100, 2, random);
        nint third = model.AllocateFromReserve(1, 1, random);
        Assert.Equal(first + (nint)KernelHeap.BlockSizeFor(40), second);
        Assert.Equal(second + (nint)KernelHeap.BlockSizeFor(100), third);
        model.VerifyAgainstModel();

        KernelHeapWalker.GetStats(model.Heap, out HeapStats stats);
        nuint used = KernelHeap.BlockSizeFor(40) + KernelHeap.BlockSizeFor(100) + KernelHeap.BlockSizeFor(1);
        Assert.Equal(used, stats.UsedBytes);
        Assert.Equal(used, KernelHeapWalker.UsedBytes(model.Heap));
        Assert.Equal(stats.TotalBytes - used, stats.FreeBytes);

        // The reserve starts right after the last block (payloads follow 16-byte headers);
        // no object there.
        byte* reserve = (byte*)model.Heap->Reserve;
        Assert.Equal(third - BlockHeader.Size + (nint)KernelHeap.BlockSizeFor(1), (nint)reserve);
        Assert.True(KernelHeapWalker.FindBlock(model.Heap, reserve + 100) == null);
        Assert.True(KernelHeapWalker.AllocatedBlockAt(model.Heap, reserve + 16) == null);
    }

    [Fact]
    public void BlocksAreZeroedEvenWhereMemoryWasDirty()
    {
        using var model = new HeapModel();
        var random = new Random(22);
        // Dirty (almost) the whole area, then give it back.
        KernelHeapWalker.GetStats(model.Heap, out HeapStats stats);
        int dirtySize = (int)stats.TotalBytes - 64;
        nint dirty = model.Allocate(dirtySize, 16, 1, random);
        Assert.NotEqual(0, dirty);
        new Span<byte>((void*)dirty, dirtySize).Fill(0xA5);
        model.Forget(dirty, verifyContents: false);
        Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)dirty));
        for (int i = 0; i < 20_000; i++)
        {
            Assert.NotEqual(0, model.AllocateFromReserve(random.Next(1, 600), 1, random)); // asserts zeroed
        }
        model.VerifyAgainstModel();
    }

    [Fact]
    public void RefillGivesUpWhenOnlySmallHolesAreLeft()
    {
        using var model = new HeapModel();
        var random = new Random(23);
        const int HoleSize = 4000;
        while (model.Allocate(HoleSize, 16, 1, random) != 0)
        {
        }
        foreach (nint address in model.Addresses.ToArray())
        {
            if (random.Next(2) == 0)
            {
                model.Forget(address, verifyContents: true);
                Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)address));
            }
        }
        // Holes are at most a few blocks of 4000 bytes; the reserve wants 8 KiB or more
        // only when no larger block exists: some holes may merge, so drain those first.
        while (model.AllocateFromReserve(100, 2, random) != 0)
        {
        }
        nuint leftover = AllocationReserve.Size(model.Heap);
        Assert.True(leftover < KernelHeap.BlockSizeFor(100) + FreeLists.MinBlockSize);
        Assert.Equal((nuint)0, AllocationReserve.Refill(model.Heap, 100, references: false));
        Assert.NotEqual(0, model.Allocate(100, 16, 2, random)); // first fit still uses the holes
        model.VerifyAgainstModel();
    }

    [Fact]
    public void RetiringGivesEverythingBack()
    {
        using var model = new HeapModel();
        var random = new Random(24);
        for (int i = 0; i < 5000; i++)
        {
            model.AllocateFromReserve(random.Next(1, 4097), (uint)random.Next(1, 9), random, references: random.Next(2) == 0);
        }
        foreach (nint address in model.Addresses.ToArray())
        {
            model.Forget(address, verifyContents: true);
            Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)address));
        }
        AllocationReserve.Retire(model.Heap);
        Assert.True(model.Heap->Reserve == null && model.Heap->ReferenceReserve == null);
        model.VerifyAgainstModel();
        KernelHeapWalker.GetStats(model.Heap, out HeapStats stats);
        Assert.Equal((nuint)1, stats.FreeBlocks);
        Assert.Equal(stats.TotalBytes, stats.FreeBytes);
    }

    [Fact]
    public void ObjectsWithReferencesComeFromTheirOwnReserveAndAreFlagged()
    {
        using var model = new HeapModel();
        var random = new Random(26);
        var withReferences = new List<nint>();
        for (int i = 0; i < 200; i++)
        {
            nint values = model.AllocateFromReserve(random.Next(1, 300), 1, random);
            Assert.False(KernelHeapWalker.MayHoldReferences(model.Heap, (void*)values));
            withReferences.Add(model.AllocateFromReserve(40, 1, random, references: true));
        }
        // Back to back, whatever was allocated in between.
        for (int i = 1; i < withReferences.Count; i++)
        {
            Assert.Equal(withReferences[i - 1] + (nint)KernelHeap.BlockSizeFor(40), withReferences[i]);
            Assert.True(KernelHeapWalker.MayHoldReferences(model.Heap, (void*)withReferences[i]));
        }
        // Both reserves are free memory to the walkers and the statistics.
        Assert.True(model.Heap->Reserve != null && model.Heap->ReferenceReserve != null);
        model.VerifyAgainstModel();
        KernelHeapWalker.GetStats(model.Heap, out HeapStats stats);
        Assert.Equal(stats.TotalBytes - stats.UsedBytes, stats.FreeBytes);
        Assert.Equal(KernelHeapWalker.UsedBytes(model.Heap), stats.UsedBytes);
        Assert.True(KernelHeapWalker.FindBlock(model.Heap, (byte*)model.Heap->ReferenceReserve + 100) == null);
    }

    [Fact]
    public void AReferenceBitOutsideAnObjectIsFound()
    {
        using var model = new HeapModel();
        var random = new Random(27);
        nint freed = model.Allocate(200, 16, 1, random, references: true);
        model.AllocateFromReserve(64, 1, random, references: true);
        model.Forget(freed, verifyContents: true);
        Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)freed));
        model.VerifyAgainstModel(); // freeing dropped the bit
        foreach (nint stray in new[] { freed, (nint)model.Heap->ReferenceReserve + BlockHeader.Size, freed + 32 })
        {
            nuint granule = StartBitmap.Granule(model.Heap, (byte*)stray - BlockHeader.Size);
            GranuleBitmap.Set(model.Heap->ReferenceBitmap, granule);
            Assert.Equal(HeapStatus.CorruptBitmap, HeapChecker.Check(model.Heap));
            GranuleBitmap.Clear(model.Heap->ReferenceBitmap, granule);
            Assert.Equal(HeapStatus.Ok, HeapChecker.Check(model.Heap));
        }
    }

    [Fact]
    public void AStrayWriteIntoTheReserveIsFound()
    {
        using var model = new HeapModel();
        var random = new Random(25);
        model.AllocateFromReserve(64, 1, random);
        byte* inside = (byte*)model.Heap->Reserve + 1000;
        *inside = 1;
        Assert.Equal(HeapStatus.CorruptHeader, HeapChecker.Check(model.Heap));
        *inside = 0;
        Assert.Equal(HeapStatus.Ok, HeapChecker.Check(model.Heap));
    }
}
