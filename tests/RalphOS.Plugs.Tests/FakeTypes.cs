// FakeTypes: MethodTables with GC descriptors in front of them, as the compiler lays them
// out (see GcDescriptor), in unmanaged memory, for tests of the collector's tracer: classes
// with one or two runs of reference fields, arrays of references, of values and of structs
// holding references. Each type also knows where its instances keep references, worked out
// here from the layout rather than from the descriptor, so tests check the tracer's reading
// of descriptors instead of repeating it.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Internal.Runtime;

namespace RalphOS.Plugs.Tests;

internal sealed unsafe class FakeTypes : IDisposable
{
    private const ushort HasPointersFlag = 0x0100;
    private const ushort HasComponentSizeFlag = 0x8000;
    private const int DescriptorRoom = 64;
    private const int MethodTableBytes = 64;

    public sealed class FakeType
    {
        public MethodTable* Table;
        public int BaseSize;
        public int ComponentSize;
        // Offsets (from the object address) of reference slots, for instances without
        // elements; ElementReferenceOffsets repeats per element after ElementsStart.
        public int[] ReferenceOffsets = Array.Empty<int>();
        public int[] ElementReferenceOffsets = Array.Empty<int>();
        public int ElementsStart = 16;

        public bool IsArray => ComponentSize != 0;

        // Bytes of an instance, header word included, rounded up to 8 as the allocator does.
        public int InstanceSize(int length) => (BaseSize + length * ComponentSize + 7) & ~7;

        public IEnumerable<int> SlotOffsets(int length)
        {
            foreach (int offset in ReferenceOffsets)
                yield return offset;
            for (int i = 0; i < length; i++)
            {
                foreach (int offset in ElementReferenceOffsets)
                    yield return ElementsStart + i * ComponentSize + offset;
            }
        }
    }

    private readonly List<nint> _memory = new();

    public void Dispose()
    {
        foreach (nint block in _memory)
            NativeMemory.Free((void*)block);
    }

    // A class with `references` adjacent reference fields after the MethodTable pointer,
    // then `valueBytes` of other fields.
    public FakeType Class(int references, int valueBytes = 0)
    {
        int baseSize = 16 + 8 * references + ((valueBytes + 7) & ~7);
        var type = new FakeType { BaseSize = baseSize, ReferenceOffsets = Offsets(8, references) };
        type.Table = references == 0
            ? Table(0, 0, (uint)baseSize)
            : Table(0, HasPointersFlag, (uint)baseSize, (8 * references - baseSize, 8));
        return type;
    }

    // A class with two runs of reference fields separated by 8 bytes of other fields.
    public FakeType TwoRunClass(int first, int second)
    {
        int secondStart = 8 + 8 * first + 8;
        int baseSize = 8 + secondStart + 8 * second;
        var type = new FakeType { BaseSize = baseSize };
        var offsets = new List<int>(Offsets(8, first));
        offsets.AddRange(Offsets(secondStart, second));
        type.ReferenceOffsets = offsets.ToArray();
        type.Table = Table(0, HasPointersFlag, (uint)baseSize, (8 * first - baseSize, 8), (8 * second - baseSize, secondStart));
        return type;
    }

    // object[]: after the MethodTable pointer and the length word, one reference per element.
    public FakeType ReferenceArray()
    {
        var type = new FakeType { BaseSize = 24, ComponentSize = 8, ElementReferenceOffsets = new[] { 0 } };
        type.Table = Table(8, HasPointersFlag | HasComponentSizeFlag, 24, (-24, 16));
        return type;
    }

    public FakeType ValueArray(int elementSize)
    {
        var type = new FakeType { BaseSize = 24, ComponentSize = elementSize };
        type.Table = Table((ushort)elementSize, HasComponentSizeFlag, 24);
        return type;
    }

    // An array of struct { object A; long B; object C; }: two items in the descriptor's
    // pattern, {1 reference, skip 8 bytes} and {1 reference, skip 0}.
    public FakeType StructArray()
    {
        var type = new FakeType { BaseSize = 24, ComponentSize = 24, ElementReferenceOffsets = new[] { 0, 16 } };
        byte* memory = Reserve();
        MethodTable* table = (MethodTable*)(memory + DescriptorRoom);
        *(nint*)((byte*)table - 8) = -2;        // two pattern items
        *(nint*)((byte*)table - 16) = 16;       // the pattern starts at the first element
        *(uint*)((byte*)table - 24) = 1;        // item 0: one reference...
        *(uint*)((byte*)table - 20) = 8;        // ...then skip 8 bytes
        *(uint*)((byte*)table - 32) = 1;        // item 1: one reference...
        *(uint*)((byte*)table - 28) = 0;        // ...then nothing
        WriteHeader(table, 24, HasPointersFlag | HasComponentSizeFlag, 24);
        type.Table = table;
        return type;
    }

    // A MethodTable with the given series ({seriesSize, startOffset}, first series first).
    private MethodTable* Table(ushort componentSize, ushort flags, uint baseSize, params (int Size, int Offset)[] series)
    {
        byte* memory = Reserve();
        MethodTable* table = (MethodTable*)(memory + DescriptorRoom);
        *(nint*)((byte*)table - 8) = series.Length;
        for (int i = 0; i < series.Length; i++)
        {
            nint* entry = (nint*)((byte*)table - 24 - 16 * i);
            entry[0] = series[i].Size;
            entry[1] = series[i].Offset;
        }
        WriteHeader(table, componentSize, flags, baseSize);
        return table;
    }

    private static void WriteHeader(MethodTable* table, ushort componentSize, ushort flags, uint baseSize)
    {
        *(ushort*)table = componentSize;
        *(ushort*)((byte*)table + 2) = flags;
        *(uint*)((byte*)table + 4) = baseSize;
    }

    private byte* Reserve()
    {
        byte* memory = (byte*)NativeMemory.AllocZeroed(DescriptorRoom + MethodTableBytes);
        _memory.Add((nint)memory);
        return memory;
    }

    private static int[] Offsets(int start, int count)
    {
        var offsets = new int[count];
        for (int i = 0; i < count; i++)
            offsets[i] = start + 8 * i;
        return offsets;
    }
}
