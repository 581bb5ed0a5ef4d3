// Tests of the collector's tracer (HeapTracer) against a model: random object graphs of the
// shapes FakeTypes makes are built in a HeapModel heap, the model works out which blocks
// are reachable from the roots (conservative words, including interior pointers, and
// objects outside the heap), and the tracer must mark exactly those: through chunked
// arrays of references, objects with several runs of references, arrays of structs, a
// mark stack too small for the graph (its overflow rescans) or none at all, references
// that are not object starts, blocks of runtime memory (never scanned) and blocks whose
// MethodTable is not stored yet. Blocks are flagged for references as ManagedHeap flags
// them; the tracer must not touch an unflagged one to mark it.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Internal.Runtime;
using Xunit;
using Block = RalphOS.Plugs.Tests.ObjectGraph.Block;

namespace RalphOS.Plugs.Tests;

public unsafe class HeapTracerTests
{
    private const uint PreservedFlag = ObjectGraph.PreservedFlag;

    [Theory]
    [InlineData(1, 4096)]
    [InlineData(2, 4096)]
    [InlineData(3, 7)]
    [InlineData(4, 1)]
    [InlineData(5, 0)]
    public void MarksExactlyWhatTheRootsReach(int seed, int stackCapacity)
    {
        using var graph = new ObjectGraph(seed);
        var random = new Random(seed);
        for (int i = 0; i < 600; i++)
            graph.AddRandom();
        for (int i = 0; i < 20; i++)
        {
            Block preserved = graph.Add(graph.Shapes[0], 0, preserved: true);
            *(nint*)(preserved.Object + 8) = graph.Blocks[random.Next(graph.Blocks.Count)].Object;
        }
        graph.Add(null, 0);
        nint outside = graph.Outside(3);
        foreach (Block block in graph.Blocks)
        {
            if (block.Preserved)
                continue;
            foreach (nint slot in graph.Slots(block))
                *(nint*)slot = graph.RandomReference();
        }
        for (int offset = 8; offset < 32; offset += 8)
            *(nint*)(outside + offset) = graph.RandomReference();
        var roots = new List<nint>();
        for (int i = 0; i < 15; i++)
            roots.Add(graph.RandomReference());
        roots.Add(graph.Blocks[^1].Payload + 20); // the untyped block, through an interior word

        HashSet<nint> expected = graph.Reachable(roots, new[] { outside });
        Trace(graph, roots, outside, stackCapacity);

        Assert.True(expected.Count > 50, $"only {expected.Count} blocks reachable: a weak test");
        // (A reference to runtime memory may mark it, which means nothing: only what is
        // reached through it matters.)
        foreach (Block block in graph.Blocks)
        {
            if (!block.Preserved)
                Assert.Equal(expected.Contains(block.Payload), KernelHeapWalker.IsMarked(graph.Heap.Heap, (void*)block.Payload));
        }
    }

    // Each slot of each shape holds the only reference to a leaf of its own (every third
    // one an interior pointer, which must be looked up rather than trusted), and the
    // holder is reached in each way the tracer scans objects: from the mark stack (through
    // a reference), as a root outside the heap, and by the rescans after an overflow.
    [Theory]
    [InlineData(false, 4096)]
    [InlineData(false, 0)]
    [InlineData(true, 4096)]
    public void FollowsEveryReferenceSlotOfEveryShape(bool holderOutsideTheHeap, int stackCapacity)
    {
        using var graph = new ObjectGraph(11);
        FakeTypes.FakeType leafType = graph.Types.Class(0, 8);
        var leaves = new List<Block>();
        var holders = new List<nint>();
        foreach (FakeTypes.FakeType shape in graph.Shapes)
        {
            if (shape.Table->ContainsGCPointers)
            {
                Block holder = graph.Add(shape, shape.IsArray ? 40 : 0);
                holders.Add(holder.Object);
                foreach (nint slot in graph.Slots(holder))
                {
                    Block leaf = graph.Add(leafType, 0);
                    *(nint*)slot = leaves.Count % 3 == 2 ? leaf.Object + 8 : leaf.Object;
                    leaves.Add(leaf);
                }
            }
        }
        Block unreached = graph.Add(leafType, 0);
        nint outside = 0;
        if (holderOutsideTheHeap)
        {
            outside = graph.Outside(holders.Count);
            for (int i = 0; i < holders.Count; i++)
                *(nint*)(outside + 8 + 8 * i) = holders[i];
        }
        else
        {
            Block root = graph.Add(graph.Shapes[4], holders.Count);
            for (int i = 0; i < holders.Count; i++)
                *(nint*)(root.Object + 16 + 8 * i) = holders[i];
            holders.Add(root.Object);
        }

        Trace(graph, holderOutsideTheHeap ? Array.Empty<nint>() : new[] { holders[^1] }, outside, stackCapacity);

        Assert.True(leaves.Count > 100);
        foreach (Block leaf in leaves)
            Assert.True(KernelHeapWalker.IsMarked(graph.Heap.Heap, (void*)leaf.Payload), "a leaf was missed");
        Assert.False(KernelHeapWalker.IsMarked(graph.Heap.Heap, (void*)unreached.Payload));
    }

    // An object without a reference bit is marked through the bitmaps alone: even if its
    // memory claimed a type with references, nothing it points to is reached.
    [Fact]
    public void MarksAnUnflaggedObjectWithoutReadingIt()
    {
        using var graph = new ObjectGraph(13);
        Block values = graph.Add(graph.Shapes[5], 16);
        Block canary = graph.Add(graph.Shapes[0], 0);
        *(MethodTable**)values.Object = graph.Shapes[0].Table;
        *(nint*)(values.Object + 8) = canary.Object;
        Block root = graph.Add(graph.Shapes[0], 0);
        *(nint*)(root.Object + 8) = values.Object;

        Trace(graph, new[] { root.Object }, 0, 64);

        Assert.True(KernelHeapWalker.IsMarked(graph.Heap.Heap, (void*)values.Payload));
        Assert.False(KernelHeapWalker.IsMarked(graph.Heap.Heap, (void*)canary.Payload));
    }

    [Fact]
    public void FollowsALongChainThroughALargeArray()
    {
        using var graph = new ObjectGraph(7);
        Block array = graph.Add(graph.Shapes[4], 3000);
        Block previous = null;
        var nodes = new List<Block>();
        for (int i = 0; i < 3000; i++)
        {
            Block node = graph.Add(graph.Shapes[0], 0, fromReserve: true);
            Block payload = graph.Add(graph.Shapes[5], 64, fromReserve: true);
            *(nint*)(node.Object + 8) = previous?.Object ?? 0;
            *(nint*)(node.Object + 16) = payload.Object;
            // Every other slot: the rest (node i reaches node i-1) only through the chain.
            if (i % 2 == 1)
                *(nint*)(array.Object + 16 + 8 * i) = node.Object;
            previous = node;
            nodes.Add(node);
        }
        Block garbage = graph.Add(graph.Shapes[0], 0);
        *(nint*)(garbage.Object + 8) = nodes[^1].Object;

        Trace(graph, new[] { array.Object }, 0, 64);

        foreach (Block block in graph.Blocks)
            Assert.Equal(block != garbage, KernelHeapWalker.IsMarked(graph.Heap.Heap, (void*)block.Payload));
    }

    private static void Trace(ObjectGraph graph, IEnumerable<nint> roots, nint outside, int stackCapacity)
    {
        nint* stack = (nint*)NativeMemory.Alloc((nuint)Math.Max(stackCapacity, 1) * 8);
        try
        {
            var tracer = new HeapTracer();
            tracer.Begin(graph.Heap.Heap, stack, stackCapacity, PreservedFlag);
            foreach (nint root in roots)
                tracer.MarkCandidate(root);
            if (outside != 0)
                tracer.ScanRoot((byte*)outside);
            tracer.Finish();
        }
        finally
        {
            NativeMemory.Free(stack);
        }
    }
}
