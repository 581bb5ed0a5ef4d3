// HeapModel: a KernelHeap over an 8 MiB host buffer plus the model the heap tests check it
// against: a dictionary of live blocks with their sizes, owners and fill patterns, and the
// owner of every payload granule (to catch overlap). Blocks come from KernelHeap.Allocate or
// from the allocation reserve (AllocationReserve, refilled when it runs out). Callers:
// KernelHeapTests, HeapSweeperTests.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

internal sealed unsafe class HeapModel : IDisposable
{
    public const int RegionSize = 8 << 20;

    public sealed class Allocation
    {
        public nint Address;
        public int Size;
        public uint Owner;
        public byte Pattern;
        public bool References; // flagged as an object that may hold references
    }

    public readonly byte* Region = (byte*)NativeMemory.AlignedAlloc(RegionSize, 64);
    public readonly HeapState* Heap;
    public readonly Dictionary<nint, Allocation> Live = new();
    public readonly List<nint> Addresses = new();
    // Which allocation owns each 16-byte granule of the region (payload bytes only).
    public readonly nint[] GranuleOwner = new nint[RegionSize / 16];

    public HeapModel()
    {
        Heap = KernelHeap.Init(Region, RegionSize);
        Assert.True(Heap != null);
    }

    public void Dispose() => NativeMemory.AlignedFree(Region);

    // A block from the free lists; flagged for `references` as ManagedHeap flags a large
    // object whose type has references.
    public nint Allocate(int size, nuint alignment, uint owner, Random random, bool references = false)
    {
        byte* p = (byte*)KernelHeap.Allocate(Heap, (nuint)size, alignment, owner);
        if (p == null)
        {
            return 0;
        }
        Assert.True(((nuint)p & (alignment < 16 ? 15 : alignment - 1)) == 0, "misaligned");
        if (references)
        {
            KernelHeapWalker.FlagReferences(Heap, p);
        }
        return Register(p, size, owner, random, references);
    }

    // A block from the reserve, as the kernel allocates managed objects: it must arrive zeroed.
    // (From the reserve for objects with references when `references`.)
    public nint AllocateFromReserve(int size, uint owner, Random random, bool references = false)
    {
        byte* p = (byte*)AllocationReserve.TryAllocate(Heap, (nuint)size, owner, references);
        if (p == null)
        {
            if (AllocationReserve.Refill(Heap, (nuint)size, references) == 0)
            {
                return 0;
            }
            p = (byte*)AllocationReserve.TryAllocate(Heap, (nuint)size, owner, references);
            Assert.True(p != null, "a refilled reserve refused the request");
        }
        Assert.True(((nuint)p & 15) == 0, "misaligned");
        Assert.True(new Span<byte>(p, size).IndexOfAnyExcept((byte)0) < 0, "a reserve block was not zeroed");
        return Register(p, size, owner, random, references);
    }

    private nint Register(byte* p, int size, uint owner, Random random, bool references)
    {
        Assert.True(KernelHeapWalker.UsableSize(p) >= (nuint)size);
        Assert.Equal(owner, KernelHeapWalker.Owner(p));
        var allocation = new Allocation { Address = (nint)p, Size = size, Owner = owner, Pattern = (byte)random.Next(256), References = references };
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

    // Every live block still holds its fill pattern.
    public void VerifyContents()
    {
        foreach (Allocation a in Live.Values)
        {
            Assert.True(new Span<byte>((byte*)a.Address, a.Size).IndexOfAnyExcept(a.Pattern) < 0, "contents changed");
        }
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
            Assert.True(Live[(nint)p].References == KernelHeapWalker.MayHoldReferences(Heap, p), "wrong reference bit");
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
