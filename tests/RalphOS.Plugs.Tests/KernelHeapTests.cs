// Randomized model tests of KernelHeap: long sequences of allocations, frees and per-owner
// frees checked against a dictionary of live blocks (no overlap, alignment, contents intact,
// statistics, FindBlock, AllocatedBlockAt, iteration, Check()), plus targeted tests of
// corruption detection and exhaustion, and full coalescing at the end. Small blocks come
// from the allocation reserve as often as from the free lists. Sweeping is tested in
// HeapSweeperTests.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class KernelHeapTests
{
    private const int RegionSize = HeapModel.RegionSize;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomOperationsMatchTheModel(int seed)
    {
        using var model = new HeapModel();
        var random = new Random(seed);
        for (int op = 0; op < 100_000; op++)
        {
            int kind = random.Next(100);
            if (kind < 55 || model.Addresses.Count == 0)
            {
                int size = random.Next(100) switch { < 70 => random.Next(1, 257), < 95 => random.Next(1, 4097), _ => random.Next(1, 65537) };
                nuint alignment = random.Next(10) == 0 ? (nuint)1 << random.Next(5, 13) : 16;
                uint owner = (uint)random.Next(1, 9);
                if (size <= (int)AllocationReserve.SmallLimit && random.Next(2) == 0)
                {
                    model.AllocateFromReserve(size, owner, random, references: random.Next(2) == 0);
                }
                else
                {
                    model.Allocate(size, alignment, owner, random, references: random.Next(4) == 0);
                }
            }
            else if (kind < 98)
            {
                nint address = model.Addresses[random.Next(model.Addresses.Count)];
                model.Forget(address, verifyContents: true);
                Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)address));
                Assert.NotEqual(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)address));
            }
            else
            {
                uint owner = (uint)random.Next(1, 9);
                var owned = new List<nint>();
                foreach (HeapModel.Allocation a in model.Live.Values) if (a.Owner == owner) owned.Add(a.Address);
                foreach (nint address in owned) model.Forget(address, verifyContents: true);
                Assert.Equal((nuint)owned.Count, KernelHeapWalker.FreeOwner(model.Heap, owner));
            }
            if (op % 250 == 0)
            {
                CheckFindBlock(model, random);
            }
            if (op % 1000 == 0)
            {
                AllocationReserve.Retire(model.Heap);
            }
            if (op % 5000 == 0)
            {
                model.VerifyAgainstModel();
            }
        }
        model.VerifyAgainstModel();
        AllocationReserve.Retire(model.Heap);
        foreach (nint address in model.Addresses.ToArray())
        {
            model.Forget(address, verifyContents: true);
            Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)address));
        }
        model.VerifyAgainstModel();
        KernelHeapWalker.GetStats(model.Heap, out HeapStats stats);
        Assert.Equal((nuint)1, stats.FreeBlocks);
        Assert.Equal(stats.TotalBytes, stats.FreeBytes);
        Assert.Equal(stats.TotalBytes, stats.LargestFreeBlock);
    }

    private static void CheckFindBlock(HeapModel model, Random random)
    {
        for (int i = 0; i < 20 && model.Addresses.Count > 0; i++)
        {
            HeapModel.Allocation a = model.Live[model.Addresses[random.Next(model.Addresses.Count)]];
            byte* inside = (byte*)a.Address + random.Next(a.Size);
            Assert.Equal(a.Address, (nint)KernelHeapWalker.FindBlock(model.Heap, inside));
            Assert.Equal(a.Address, (nint)KernelHeapWalker.AllocatedBlockAt(model.Heap, (void*)a.Address));
            if (inside != (byte*)a.Address)
            {
                Assert.True(KernelHeapWalker.AllocatedBlockAt(model.Heap, inside) == null, "interior pointer taken as a block start");
            }
        }
        for (int i = 0; i < 20; i++)
        {
            byte* anywhere = model.Region + random.Next(RegionSize);
            nint found = (nint)KernelHeapWalker.FindBlock(model.Heap, anywhere);
            nint owner = model.GranuleOwner[model.Granule(anywhere)];
            if (found != 0)
            {
                Assert.True(model.Live.ContainsKey(found));
                Assert.True(anywhere >= (byte*)found && anywhere < (byte*)found + (long)KernelHeapWalker.UsableSize((void*)found));
            }
            if (owner != 0)
            {
                Assert.Equal(owner, found); // a live payload byte always maps to its block
            }
            nint exact = (nint)KernelHeapWalker.AllocatedBlockAt(model.Heap, anywhere);
            Assert.True(exact == 0 || model.Live.ContainsKey(exact), "a free or interior address taken as a block");
        }
    }

    [Fact]
    public void DoubleAndWildFreesAreReportedAndHarmless()
    {
        using var model = new HeapModel();
        var random = new Random(9);
        nint a = model.Allocate(100, 16, 1, random);
        nint b = model.Allocate(100, 16, 1, random);
        nint c = model.Allocate(100, 16, 1, random);
        model.Forget(b, true);
        Assert.Equal(HeapStatus.Ok, KernelHeap.Free(model.Heap, (void*)b));
        Assert.Equal(HeapStatus.DoubleFree, KernelHeap.Free(model.Heap, (void*)b));
        Assert.Equal(HeapStatus.InvalidPointer, KernelHeap.Free(model.Heap, (void*)(a + 16)));
        Assert.Equal(HeapStatus.InvalidPointer, KernelHeap.Free(model.Heap, (void*)(a + 8)));
        Assert.Equal(HeapStatus.InvalidPointer, KernelHeap.Free(model.Heap, null));
        Assert.Equal(HeapStatus.InvalidPointer, KernelHeap.Free(model.Heap, model.Region + RegionSize + 4096));
        model.VerifyAgainstModel();
        // A stray write over a header is found by Check and refused by Free.
        ((uint*)c)[-1] ^= 0x1000;
        Assert.Equal(HeapStatus.CorruptHeader, HeapChecker.Check(model.Heap));
        Assert.Equal(HeapStatus.CorruptHeader, KernelHeap.Free(model.Heap, (void*)c));
        ((uint*)c)[-1] ^= 0x1000;
        Assert.Equal(HeapStatus.Ok, HeapChecker.Check(model.Heap));
    }

    [Fact]
    public void ExhaustionReturnsNullAndLargeAlignmentsWork()
    {
        using var model = new HeapModel();
        var random = new Random(11);
        Assert.Equal(0, model.Allocate(RegionSize, 16, 1, random));
        nint big = model.Allocate(1 << 20, 1 << 20, 2, random);
        Assert.NotEqual(0, big);
        Assert.Equal(0, big & ((1 << 20) - 1));
        int count = 0;
        while (model.Allocate(4000, 16, 3, random) != 0) count++;
        Assert.True(count > 1000);
        model.VerifyAgainstModel();
        Assert.Equal((nuint)count, KernelHeapWalker.FreeOwner(model.Heap, 3));
    }
}
