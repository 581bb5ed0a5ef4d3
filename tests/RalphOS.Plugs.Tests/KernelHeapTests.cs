// Randomized model tests of KernelHeap: long sequences of allocations, frees and per-owner
// frees checked against a dictionary of live blocks (no overlap, alignment, contents intact,
// statistics, FindBlock, iteration, Check()), plus targeted tests of corruption detection,
// marking and sweeping, and full coalescing at the end.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class KernelHeapTests
{
    private const int RegionSize = 8 << 20;

    private sealed class Allocation
    {
        public nint Address;
        public int Size;
        public uint Owner;
        public byte Pattern;
    }

    private sealed class Model : IDisposable
    {
        public readonly byte* Region = (byte*)NativeMemory.AlignedAlloc(RegionSize, 64);
        public readonly HeapState* Heap;
        public readonly Dictionary<nint, Allocation> Live = new();
        public readonly List<nint> Addresses = new();
        // Which allocation owns each 16-byte granule of the region (payload bytes only).
        public readonly nint[] GranuleOwner = new nint[RegionSize / 16];

        public Model()
        {
            Heap = KernelHeap.Init(Region, RegionSize);
            Assert.True(Heap != null);
        }

        public void Dispose() => NativeMemory.AlignedFree(Region);

        public nint Allocate(int size, nuint alignment, uint owner, Random random)
        {
            byte* p = (byte*)KernelHeap.Allocate(Heap, (nuint)size, alignment, owner);
            if (p == null)
            {
                return 0;
            }
            Assert.True(((nuint)p & (alignment < 16 ? 15 : alignment - 1)) == 0, "misaligned");
            Assert.True(KernelHeapWalker.UsableSize(p) >= (nuint)size);
            Assert.Equal(owner, KernelHeapWalker.Owner(p));
            var allocation = new Allocation { Address = (nint)p, Size = size, Owner = owner, Pattern = (byte)random.Next(256) };
            for (long g = Granule(p); g < Granule(p + size - 1) + 1; g++)
            {
                Assert.True(GranuleOwner[g] == 0, "overlapping allocation");
                GranuleOwner[g] = (nint)p;
            }
            new Span<byte>(p, size).Fill(allocation.Pattern);
            Live.Add((nint)p, allocation);
            Addresses.Add((nint)p);
            return (nint)p;
        }

        public void Forget(nint address, bool verifyContents)
        {
            Allocation allocation = Live[address];
            byte* p = (byte*)address;
            if (verifyContents)
            {
                Assert.True(new Span<byte>(p, allocation.Size).IndexOfAnyExcept(allocation.Pattern) < 0, "contents changed");
            }
            for (long g = Granule(p); g < Granule(p + allocation.Size - 1) + 1; g++)
            {
                GranuleOwner[g] = 0;
            }
            Live.Remove(address);
            int index = Addresses.IndexOf(address);
            Addresses[index] = Addresses[^1];
            Addresses.RemoveAt(Addresses.Count - 1);
        }

        public long Granule(byte* p) => (p - Region) / 16;

        public void VerifyAgainstModel()
        {
            Assert.Equal(HeapStatus.Ok, HeapChecker.Check(Heap));
            KernelHeapWalker.GetStats(Heap, out HeapStats stats);
            Assert.Equal((nuint)Live.Count, stats.AllocatedBlocks);
            Assert.Equal(stats.TotalBytes, stats.UsedBytes + stats.FreeBytes);
            int walked = 0;
            for (void* p = KernelHeapWalker.NextAllocated(Heap, null); p != null; p = KernelHeapWalker.NextAllocated(Heap, p))
            {
                Assert.True(Live.ContainsKey((nint)p));
                walked++;
            }
            Assert.Equal(Live.Count, walked);
            for (uint owner = 1; owner <= 8; owner++)
            {
                KernelHeapWalker.OwnerUsage(Heap, owner, out nuint blocks);
                int expected = 0;
                foreach (Allocation a in Live.Values) if (a.Owner == owner) expected++;
                Assert.Equal((nuint)expected, blocks);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomOperationsMatchTheModel(int seed)
    {
        using var model = new Model();
        var random = new Random(seed);
        for (int op = 0; op < 100_000; op++)
        {
            int kind = random.Next(100);
            if (kind < 55 || model.Addresses.Count == 0)
            {
                int size = random.Next(100) switch { < 70 => random.Next(1, 257), < 95 => random.Next(1, 4097), _ => random.Next(1, 65537) };
                nuint alignment = random.Next(10) == 0 ? (nuint)1 << random.Next(5, 13) : 16;
                model.Allocate(size, alignment, (uint)random.Next(1, 9), random);
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
                foreach (Allocation a in model.Live.Values) if (a.Owner == owner) owned.Add(a.Address);
                foreach (nint address in owned) model.Forget(address, verifyContents: true);
                Assert.Equal((nuint)owned.Count, KernelHeapWalker.FreeOwner(model.Heap, owner));
            }
            if (op % 250 == 0)
            {
                CheckFindBlock(model, random);
            }
            if (op % 5000 == 0)
            {
                model.VerifyAgainstModel();
            }
        }
        model.VerifyAgainstModel();
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

    private static void CheckFindBlock(Model model, Random random)
    {
        for (int i = 0; i < 20 && model.Addresses.Count > 0; i++)
        {
            Allocation a = model.Live[model.Addresses[random.Next(model.Addresses.Count)]];
            byte* inside = (byte*)a.Address + random.Next(a.Size);
            Assert.Equal(a.Address, (nint)KernelHeapWalker.FindBlock(model.Heap, inside));
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
        }
    }

    [Fact]
    public void DoubleAndWildFreesAreReportedAndHarmless()
    {
        using var model = new Model();
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
    public void SweepFreesExactlyTheUnmarkedBlocks()
    {
        using var model = new Model();
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
                KernelHeapWalker.SetMark((void*)address);
                Assert.True(KernelHeapWalker.IsMarked((void*)address));
                survivors.Add(address);
            }
        }
        foreach (nint address in model.Addresses.ToArray())
        {
            if (!survivors.Contains(address)) model.Forget(address, true);
        }
        KernelHeapWalker.Sweep(model.Heap);
        model.VerifyAgainstModel();
        foreach (nint address in survivors)
        {
            Assert.False(KernelHeapWalker.IsMarked((void*)address));
        }
    }

    [Fact]
    public void ExhaustionReturnsNullAndLargeAlignmentsWork()
    {
        using var model = new Model();
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
