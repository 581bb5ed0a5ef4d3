// Tests of the collector's tracer (HeapTracer) over a heap of several regions (HeapRegions,
// a program's grown heap): a chain of objects that crosses from region to region in both
// directions (older to newer and back), through exact and interior references, reached
// from a root in the oldest region (not the tracer's fast-path one), must be marked in
// each region's own bitmap, with a mark stack large enough, tiny (overflow rescans walk
// every region) or absent; garbage in every region that points into the live chain stays
// unmarked, and words outside every region are ignored.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Internal.Runtime;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class HeapTracerRegionTests
{
    private const uint Collectable = 1;
    private const uint PreservedFlag = 0x8000_0000;
    private const int HeaderWord = HeapTracer.ObjectHeaderSize;

    [Theory]
    [InlineData(4096)]
    [InlineData(1)]
    [InlineData(0)]
    public void MarksAChainThatCrossesRegions(int stackCapacity)
    {
        using var set = new HeapRegionSet(1 << 20, 1 << 20, 2 << 20);
        using var types = new FakeTypes();
        FakeTypes.FakeType nodeType = types.Class(2);
        FakeTypes.FakeType leafType = types.Class(0, 8);
        const int Nodes = 300;
        var nodes = new List<nint>();
        var leaves = new List<nint>();
        for (int i = 0; i < Nodes; i++)
        {
            // Region order 0, 2, 1, 0, 2, 1...: references point both ways along the chain.
            nodes.Add(Add(set[(3 - i % 3) % 3], nodeType));
            leaves.Add(Add(set[(i + 1) % 3], leafType));
        }
        for (int i = 0; i < Nodes; i++)
        {
            nint obj = nodes[i] + HeaderWord;
            *(nint*)(obj + 8) = i + 1 < Nodes ? nodes[i + 1] + HeaderWord : 0;
            // Every third leaf through an interior pointer, which must be looked up.
            *(nint*)(obj + 16) = leaves[i] + HeaderWord + (i % 3 == 2 ? 8 : 0);
        }
        var garbage = new List<nint>();
        for (int i = 0; i < 3; i++)
        {
            nint dead = Add(set[i], nodeType);
            *(nint*)(dead + HeaderWord + 8) = nodes[Nodes / 2] + HeaderWord;
            garbage.Add(dead);
        }

        nint* stack = (nint*)NativeMemory.Alloc((nuint)Math.Max(stackCapacity, 1) * 8);
        try
        {
            var tracer = new HeapTracer();
            tracer.Begin(set.First, stack, stackCapacity, PreservedFlag);
            int local = 0;
            tracer.MarkCandidate((nint)(&local));       // in no region
            tracer.MarkCandidate((nint)set[0]);         // a region's control data
            tracer.MarkCandidate(nodes[0] + HeaderWord); // in the oldest region
            tracer.Finish();
        }
        finally
        {
            NativeMemory.Free(stack);
        }

        foreach (nint node in nodes)
            Assert.True(IsMarked(set, node), "a node of the chain was missed");
        foreach (nint leaf in leaves)
            Assert.True(IsMarked(set, leaf), "a leaf was missed");
        foreach (nint dead in garbage)
            Assert.False(IsMarked(set, dead), "garbage was marked");
        Assert.Equal(HeapStatus.Ok, HeapRegions.Check(set.First));
    }

    // A block as ManagedHeap allocates one: zeroed, its MethodTable stored, flagged when
    // its type has references.
    private static nint Add(HeapState* region, FakeTypes.FakeType type)
    {
        int size = HeaderWord + type.InstanceSize(0);
        byte* payload = (byte*)KernelHeap.Allocate(region, (nuint)size, 16, Collectable);
        Assert.True(payload != null, "the test region is full");
        new Span<byte>(payload, size).Clear();
        *(MethodTable**)(payload + HeaderWord) = type.Table;
        if (type.Table->ContainsGCPointers)
            KernelHeapWalker.FlagReferences(region, payload);
        return (nint)payload;
    }

    private static bool IsMarked(HeapRegionSet set, nint payload)
    {
        HeapState* region = HeapRegions.Find(set.First, (void*)payload);
        Assert.True(region != null);
        return KernelHeapWalker.IsMarked(region, (void*)payload);
    }
}
