// HeapRegionSet: the test fixture of a heap made of several regions (HeapRegions), each a
// KernelHeap over a host buffer of its own, chained newest first as ManagedHeap chains a
// grown program heap. Callers: HeapRegionsTests, HeapTracerRegionTests.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

internal sealed unsafe class HeapRegionSet : IDisposable
{
    private readonly List<nint> _buffers = new();

    public HeapState* First;
    public readonly List<nint> Regions = new(); // HeapState* in the order they were added

    public HeapRegionSet(params int[] regionSizes)
    {
        foreach (int size in regionSizes)
            Add(size);
    }

    public HeapState* Add(int size)
    {
        byte* memory = (byte*)NativeMemory.AlignedAlloc((nuint)size, 64);
        _buffers.Add((nint)memory);
        HeapState* region = KernelHeap.Init(memory, (nuint)size);
        Assert.True(region != null);
        First = HeapRegions.Link(First, region);
        Regions.Add((nint)region);
        return region;
    }

    public HeapState* this[int index] => (HeapState*)Regions[index];

    public void Dispose()
    {
        foreach (nint buffer in _buffers)
            NativeMemory.AlignedFree((void*)buffer);
    }
}
