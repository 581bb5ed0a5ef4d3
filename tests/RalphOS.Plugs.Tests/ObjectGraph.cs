// ObjectGraph: object graphs for the tracer tests (HeapTracerTests), built in a HeapModel
// heap from the shapes FakeTypes makes, with blocks allocated and flagged for references
// as ManagedHeap does, objects outside the heap (as frozen objects are), and the model's
// answer to what the tracer must mark: the blocks reachable from the roots.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Memory;
using Internal.Runtime;
using Xunit;

namespace RalphOS.Plugs.Tests;

internal sealed unsafe class ObjectGraph : IDisposable
{
    public const uint PreservedFlag = 0x8000_0000;
    private const uint Collectable = 1;
    private const int HeaderWord = HeapTracer.ObjectHeaderSize;

    public sealed class Block
    {
        public nint Payload;
        public FakeTypes.FakeType Type; // null: a block whose MethodTable is not stored yet
        public int Length;
        public bool Preserved;
        public nint Object => Payload + HeaderWord;
    }

    public readonly HeapModel Heap = new();
    public readonly FakeTypes Types = new();
    public readonly List<Block> Blocks = new();
    public readonly FakeTypes.FakeType[] Shapes;
    private readonly Random _random;
    private readonly List<nint> _outside = new();

    public ObjectGraph(int seed)
    {
        _random = new Random(seed);
        Shapes = new[]
        {
            Types.Class(2), Types.Class(1, 12), Types.Class(0, 8), Types.TwoRunClass(2, 3),
            Types.ReferenceArray(), Types.ValueArray(4), Types.StructArray(),
        };
    }

    public void Dispose()
    {
        foreach (nint memory in _outside)
            NativeMemory.Free((void*)memory);
        Types.Dispose();
        Heap.Dispose();
    }

    // A block as ManagedHeap allocates one, flagged when its type has references (an
    // untyped one too: its MethodTable, not stored yet, may have them), or as runtime
    // memory (never flagged).
    public Block Add(FakeTypes.FakeType type, int length, bool preserved = false, bool fromReserve = false)
    {
        int size = HeaderWord + (type == null ? 64 : type.InstanceSize(length));
        uint owner = preserved ? PreservedFlag | 2 : Collectable;
        bool references = !preserved && (type == null || type.Table->ContainsGCPointers);
        nint payload = fromReserve && !preserved
            ? Heap.AllocateFromReserve(size, owner, _random, references)
            : Heap.Allocate(size, 16, owner, _random, references);
        Assert.True(payload != 0, "the test heap is full");
        new Span<byte>((void*)payload, size).Clear();
        var block = new Block { Payload = payload, Type = type, Length = length, Preserved = preserved };
        if (type != null)
        {
            *(MethodTable**)block.Object = type.Table;
            if (type.IsArray)
                *(int*)(block.Object + 8) = length;
        }
        Blocks.Add(block);
        return block;
    }

    public Block AddRandom()
    {
        FakeTypes.FakeType type = Shapes[_random.Next(Shapes.Length)];
        // Arrays of references long enough to take several chunks now and then.
        int length = !type.IsArray ? 0 : _random.Next(8) == 0 ? _random.Next(100, 400) : _random.Next(0, 20);
        return Add(type, length, fromReserve: _random.Next(2) == 0);
    }

    public IEnumerable<nint> Slots(Block block)
    {
        if (block.Type == null)
            yield break;
        foreach (int offset in block.Type.SlotOffsets(block.Length))
            yield return block.Object + offset;
    }

    // An object outside the heap (as frozen objects are) of a class with `references`
    // reference fields.
    public nint Outside(int references)
    {
        FakeTypes.FakeType type = Types.Class(references);
        byte* memory = (byte*)NativeMemory.AllocZeroed((nuint)type.InstanceSize(0) + 16);
        _outside.Add((nint)memory);
        nint obj = (nint)memory + HeaderWord;
        *(MethodTable**)obj = type.Table;
        return obj;
    }

    // A value for a reference slot: mostly another block's object, sometimes null, an
    // interior pointer, an object outside the heap or a word in no block at all.
    public nint RandomReference()
    {
        int kind = _random.Next(20);
        Block target = Blocks[_random.Next(Blocks.Count)];
        return kind switch
        {
            0 => 0,
            1 => target.Object + 8,
            2 => _outside.Count > 0 ? _outside[0] : 0,
            3 => (nint)Heap.Region + 8, // inside the heap region, before any object
            _ => target.Object,
        };
    }

    // The blocks the tracer must mark: reached from the roots through words that fall in
    // a block's usable bytes, not runtime memory; a block's references are followed when
    // it has a type with references.
    public HashSet<nint> Reachable(IEnumerable<nint> rootWords, IEnumerable<nint> outsideRoots)
    {
        var reached = new HashSet<nint>();
        var pending = new Stack<Block>();
        void Reach(nint word)
        {
            Block block = Containing(word);
            if (block != null && !block.Preserved && reached.Add(block.Payload))
                pending.Push(block);
        }
        foreach (nint word in rootWords)
            Reach(word);
        foreach (nint obj in outsideRoots)
        {
            for (int offset = 8; offset < (*(MethodTable**)obj)->BaseSize - 8; offset += 8)
                Reach(*(nint*)(obj + offset));
        }
        while (pending.Count > 0)
        {
            foreach (nint slot in Slots(pending.Pop()))
                Reach(*(nint*)slot);
        }
        return reached;
    }

    private Block Containing(nint word)
    {
        foreach (Block block in Blocks)
        {
            nint usable = (nint)KernelHeapWalker.UsableSize((void*)block.Payload);
            if (word >= block.Payload && word < block.Payload + usable)
                return block;
        }
        return null;
    }
}
