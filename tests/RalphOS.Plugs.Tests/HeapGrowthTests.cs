// Tests of HeapGrowth, the size of a growing heap's next region: from 1 MiB it doubles the
// heap (new regions of 1, 2, 4... MiB) until the limit, then refuses; a large request gets
// a region it fits in, and a region of MinimumFor(request) really holds a block of that
// size once KernelHeap has set it up (control data, bitmaps and all); the last region is
// cut to what the limit leaves.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class HeapGrowthTests
{
    private const nuint MiB = 1024 * 1024;

    [Fact]
    public void ASmallHeapDoublesUpToTheLimitThenStops()
    {
        nuint heap = 1 * MiB;
        var regions = new List<nuint>();
        nuint size;
        while ((size = HeapGrowth.NextRegionSize(heap, 100, 64 * MiB)) != 0)
        {
            regions.Add(size);
            heap += size;
            Assert.True(regions.Count < 20, "the heap never stopped growing");
        }
        Assert.Equal(new nuint[] { 1 * MiB, 2 * MiB, 4 * MiB, 8 * MiB, 16 * MiB, 32 * MiB }, regions);
        Assert.Equal(64 * MiB, heap);
    }

    [Fact]
    public void TheLastRegionIsCutToTheLimit()
    {
        Assert.Equal(10 * MiB, HeapGrowth.NextRegionSize(30 * MiB, 100, 40 * MiB));
        Assert.Equal((nuint)0, HeapGrowth.NextRegionSize(40 * MiB, 100, 40 * MiB));
        // What is left cannot hold the request: no region at all.
        Assert.Equal((nuint)0, HeapGrowth.NextRegionSize(39 * MiB, 2 * MiB, 40 * MiB));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(4096)]
    [InlineData(1024 * 1024)]
    [InlineData(3 * 1024 * 1024 + 5)]
    [InlineData(9 * 1024 * 1024)]
    public void ARegionOfTheMinimumSizeHoldsTheRequest(int request)
    {
        nuint size = HeapGrowth.MinimumFor((nuint)request);
        Assert.True(size >= (nuint)request && size % HeapGrowth.RegionUnit == 0);
        Assert.True(size <= (nuint)request + (nuint)request / 8 + 128 * 1024, $"{size} bytes for a {request}-byte request: wasteful");
        byte* memory = (byte*)NativeMemory.AlignedAlloc(size, 16);
        try
        {
            HeapState* heap = KernelHeap.Init(memory, size);
            Assert.True(heap != null);
            Assert.True(KernelHeap.Allocate(heap, (nuint)request, 16, 1) != null, "the request does not fit its region");
        }
        finally
        {
            NativeMemory.AlignedFree(memory);
        }
    }

    [Fact]
    public void ALargeRequestGetsARegionItFitsIn()
    {
        nuint size = HeapGrowth.NextRegionSize(1 * MiB, 5 * MiB, 64 * MiB);
        Assert.Equal(HeapGrowth.MinimumFor(5 * MiB), size);
        Assert.True(size > 5 * MiB);
        Assert.Equal(8 * MiB, HeapGrowth.NextRegionSize(8 * MiB, 5 * MiB, 64 * MiB));
    }
}
