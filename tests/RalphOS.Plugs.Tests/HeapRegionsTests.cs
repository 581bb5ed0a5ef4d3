// Tests of HeapRegions, a heap of several KernelHeap regions (a program's grown heap):
// an address is found in the region that holds it and in no region when outside them all
// (control data included), the sums count every region's blocks, a sweep of all regions
// frees exactly the unmarked blocks in each and leaves every region valid, and the checker
// rejects regions that overlap.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class HeapRegionsTests
{
    private const uint Owner = 7;
    private const uint PreservedFlag = 0x8000_0000;

    [Fact]
    public void FindsTheRegionHoldingAnAddress()
    {
        using var set = new HeapRegionSet(1 << 20, 2 << 20, 256 << 10);
        Assert.Equal(3, HeapRegions.Count(set.First));
        for (int i = 0; i < 3; i++)
        {
            byte* payload = (byte*)KernelHeap.Allocate(set[i], 100, 16, Owner);
            Assert.True(payload != null);
            Assert.True(HeapRegions.Find(set.First, payload) == set[i]);
            Assert.True(HeapRegions.Find(set.First, payload + 99) == set[i]);
            Assert.True(HeapRegions.Find(set.First, set[i]->AreaStart) == set[i]);
            // The control data in front of the block area, and the end sentinel, are not in it.
            Assert.True(HeapRegions.Find(set.First, set[i]) == null);
            Assert.True(HeapRegions.Find(set.First, set[i]->AreaEnd) == null);
        }
        int local = 0;
        Assert.True(HeapRegions.Find(set.First, &local) == null);
        Assert.True(HeapRegions.Find(set.First, null) == null);
        Assert.True(HeapRegions.Find(null, &local) == null);
    }

    [Fact]
    public void TheSumsCountEveryRegion()
    {
        using var set = new HeapRegionSet(1 << 20, 1 << 20, 2 << 20);
        var random = new Random(3);
        nuint owned = 0, used = 0, total = 0;
        for (int i = 0; i < 3; i++)
        {
            for (int n = 0; n < 50; n++)
            {
                void* payload = KernelHeap.Allocate(set[i], (nuint)random.Next(1, 5000), 16, n % 2 == 0 ? Owner : Owner + 1);
                Assert.True(payload != null);
                nuint size = KernelHeapWalker.UsableSize(payload) + BlockHeader.Size;
                used += size;
                owned += n % 2 == 0 ? size : 0;
            }
            total += KernelHeapWalker.TotalBytes(set[i]);
        }
        Assert.Equal(used, HeapRegions.UsedBytes(set.First));
        Assert.Equal(owned, HeapRegions.OwnerUsage(set.First, Owner));
        Assert.Equal(total, HeapRegions.TotalBytes(set.First));
        Assert.Equal(HeapStatus.Ok, HeapRegions.Check(set.First));
    }

    [Fact]
    public void ASweepOfAllRegionsFreesTheUnmarkedBlocksOfEach()
    {
        using var set = new HeapRegionSet(1 << 20, 512 << 10, 2 << 20);
        var random = new Random(5);
        var survivors = new List<nint>();
        var garbage = new List<nint>();
        var preserved = new List<nint>();
        nuint survivorBytes = 0;
        for (int i = 0; i < 3; i++)
        {
            for (int n = 0; n < 300; n++)
            {
                bool isPreserved = n % 10 == 0;
                byte* payload = (byte*)KernelHeap.Allocate(set[i], (nuint)random.Next(1, 1500), 16, isPreserved ? PreservedFlag | 1 : Owner);
                Assert.True(payload != null);
                payload[0] = (byte)n;
                if (isPreserved)
                {
                    preserved.Add((nint)payload);
                    survivorBytes += KernelHeapWalker.UsableSize(payload) + BlockHeader.Size;
                }
                else if (random.Next(2) == 0)
                {
                    KernelHeapWalker.SetMark(set[i], payload);
                    survivors.Add((nint)payload);
                    survivorBytes += KernelHeapWalker.UsableSize(payload) + BlockHeader.Size;
                }
                else
                {
                    garbage.Add((nint)payload);
                }
            }
        }

        HeapRegions.BeginSweep(set.First, PreservedFlag);
        // Half of one region swept lazily, then the rest of all of them.
        HeapSweeper.Step(set[1], 64 * 1024);
        Assert.Equal(HeapStatus.Ok, HeapRegions.Check(set.First));
        HeapRegions.FinishSweep(set.First);

        Assert.Equal(HeapStatus.Ok, HeapRegions.Check(set.First));
        foreach (nint payload in survivors)
        {
            HeapState* region = HeapRegions.Find(set.First, (void*)payload);
            Assert.Equal(HeapStatus.Ok, KernelHeap.Validate(region, (byte*)payload));
            Assert.False(KernelHeapWalker.IsMarked(region, (void*)payload), "a survivor kept its mark");
        }
        foreach (nint payload in preserved)
            Assert.Equal(HeapStatus.Ok, KernelHeap.Validate(HeapRegions.Find(set.First, (void*)payload), (byte*)payload));
        foreach (nint payload in garbage)
            Assert.NotEqual(HeapStatus.Ok, KernelHeap.Validate(HeapRegions.Find(set.First, (void*)payload), (byte*)payload));
        Assert.Equal(survivorBytes, HeapRegions.LiveBytesAfterSweep(set.First));
        Assert.Equal(survivorBytes, HeapRegions.UsedBytes(set.First));
        Assert.True(HeapRegions.FreedBytesTotal(set.First) > 0);
    }

    [Fact]
    public void TheCheckerRejectsOverlappingRegions()
    {
        const int Size = 1 << 20;
        byte* memory = (byte*)NativeMemory.AlignedAlloc(2 * Size, 64);
        try
        {
            HeapState* low = KernelHeap.Init(memory, Size);
            Assert.Equal(HeapStatus.Ok, HeapRegions.Check(low));
            HeapState* high = KernelHeap.Init(memory + Size / 2, Size);
            Assert.Equal(HeapStatus.CorruptHeader, HeapRegions.Check(HeapRegions.Link(low, high)));
        }
        finally
        {
            NativeMemory.AlignedFree(memory);
        }
    }
}
