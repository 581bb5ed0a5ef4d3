// FakeGenericTypes: MethodTables as ILC lays them out (see the top of MethodTable.cs), for
// the type loader tests: classes, value types and interfaces; generic definitions (kind
// bits 3, their arity in the base size field); instantiations, whose relative fields after
// the vtable and interface map are the type manager and writable data, then per flag a
// dispatch map, finalizer and sealed-slot pointer, then the generic definition and the
// composition (the one type argument itself, or an array of relative pointers to them);
// arrays; a __Canon-like class (fewer vtable slots than its base, as no real class has);
// and native references tables naming any of them. Everything lives in one block of
// unmanaged memory so the 32-bit relative pointers between types reach.
using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using Internal.Runtime;

namespace RalphOS.Plugs.Tests.TypeLoader;

internal sealed unsafe class FakeGenericTypes : IDisposable
{
    // Element types (EETypeElementType in dotnet/runtime's MethodTable.h) MethodTable.cs
    // does not name.
    public const int ElementTypeInt32 = 0x08;
    public const int ElementTypeInt64 = 0x0A;
    public const int ElementTypeValueType = 0x10;

    private const ushort ParameterizedTypeKind = 0x0002;
    private const ushort GenericTypeDefinitionKind = 0x0003;
    private const ushort HasDispatchMapFlag = 0x0004;
    private const ushort HasFinalizerFlag = 0x0010;
    private const ushort HasSealedVTableEntriesFlag = 0x0040;
    private const ushort IsGenericFlag = 0x0200;
    private const ushort HasComponentSizeFlag = 0x8000;
    private const int ElementTypeShift = 10;
    private const int HeaderBytes = 24;
    private const int ArenaBytes = 1 << 20;

    private readonly byte* _arena;
    private int _used;
    private readonly Dictionary<nint, nint> _dispatchMaps = new();
    private readonly Dictionary<nint, nint> _sealedSlots = new();

    public FakeGenericTypes()
    {
        _arena = (byte*)NativeMemory.AllocZeroed(ArenaBytes);
        Object = NonGeneric(MethodTable.ElementTypeClass, null, 3);
        Canon = NonGeneric(MethodTable.ElementTypeClass, Object, 0);
        String = NonGeneric(MethodTable.ElementTypeClass, Object, 4, interfaces: 1);
        Int32 = NonGeneric(ElementTypeInt32, Object, 3, interfaces: 2);
        Int64 = NonGeneric(ElementTypeInt64, Object, 3, interfaces: 2);
        Interface = NonGeneric(MethodTable.ElementTypeInterface, null, 0);
    }

    public MethodTable* Object { get; }
    public MethodTable* Canon { get; }
    public MethodTable* String { get; }
    public MethodTable* Int32 { get; }
    public MethodTable* Int64 { get; }
    public MethodTable* Interface { get; }

    public void Dispose() => NativeMemory.Free(_arena);

    public MethodTable* NonGeneric(int elementType, MethodTable* baseType, int vtableSlots, int interfaces = 0, OptionalRelativeFields optional = OptionalRelativeFields.None) =>
        Build(elementType, 0, 24, baseType, vtableSlots, interfaces, optional, null, null);

    public MethodTable* Definition(int arity, int elementType = MethodTable.ElementTypeClass) =>
        Build(elementType, GenericTypeDefinitionKind, (uint)arity, null, 0, 0, OptionalRelativeFields.None, null, null);

    // An instantiation of `definition`: a class deriving from Object, or a value type.
    public MethodTable* Instantiate(MethodTable* definition, MethodTable*[] arguments, OptionalRelativeFields optional = OptionalRelativeFields.None, int vtableSlots = 5, int interfaces = 2)
    {
        if ((uint)arguments.Length != definition->BaseSize)
            throw new ArgumentException("one argument per type parameter of the definition");
        return Build(definition->ElementType, IsGenericFlag, 24, Object, vtableSlots, interfaces, optional, definition, arguments);
    }

    public MethodTable* SzArrayOf(MethodTable* element)
    {
        MethodTable* array = Build(MethodTable.ElementTypeSzArray, ParameterizedTypeKind | HasComponentSizeFlag, 24, element, 3, 0, OptionalRelativeFields.None, null, null);
        *(ushort*)array = 8;
        return array;
    }

    // Where a type's dispatch map or sealed-slot pointer was aimed (0 when it has none).
    public nint DispatchMapOf(MethodTable* type) => _dispatchMaps.GetValueOrDefault((nint)type);
    public nint SealedSlotsOf(MethodTable* type) => _sealedSlots.GetValueOrDefault((nint)type);

    // A native references table (ExternalReferences) whose entry i names targets[i].
    public (nint Start, nint End) ReferenceTable(params nint[] targets)
    {
        int* table = (int*)Allocate(4 * targets.Length + 4);
        for (int i = 0; i < targets.Length; i++)
            WriteRelative(table + i, (void*)targets[i]);
        return ((nint)table, (nint)(table + targets.Length));
    }

    public byte* Allocate(int bytes)
    {
        int start = (_used + 15) & ~15;
        if (start + bytes > ArenaBytes)
            throw new InvalidOperationException("the fake types' arena is full");
        _used = start + bytes;
        return _arena + start;
    }

    private MethodTable* Build(int elementType, ushort flags, uint baseSize, MethodTable* related, int vtableSlots, int interfaces,
        OptionalRelativeFields optional, MethodTable* definition, MethodTable*[] arguments)
    {
        int relativeFields = 2 + BitOperations.PopCount((uint)optional) + (definition != null ? 2 : 0);
        byte* memory = Allocate(HeaderBytes + 8 * (vtableSlots + interfaces) + 4 * relativeFields);
        var type = (MethodTable*)memory;
        flags |= (ushort)(elementType << ElementTypeShift);
        if ((optional & OptionalRelativeFields.DispatchMap) != 0)
            flags |= HasDispatchMapFlag;
        if ((optional & OptionalRelativeFields.Finalizer) != 0)
            flags |= HasFinalizerFlag;
        if ((optional & OptionalRelativeFields.SealedSlots) != 0)
            flags |= HasSealedVTableEntriesFlag;
        *(ushort*)(memory + 2) = flags;
        *(uint*)(memory + 4) = baseSize;
        *(MethodTable**)(memory + 8) = related;
        *(ushort*)(memory + 16) = (ushort)vtableSlots;
        *(ushort*)(memory + 18) = (ushort)interfaces;
        *(uint*)(memory + 20) = (uint)(nint)memory * 2654435761u;
        nint* slots = (nint*)(memory + HeaderBytes);
        for (int i = 0; i < vtableSlots; i++)
            slots[i] = unchecked((nint)0x7EAD_C0DE_0000_0000) + i;
        for (int i = 0; i < interfaces; i++)
            slots[vtableSlots + i] = (nint)Interface;
        int* field = (int*)(slots + vtableSlots + interfaces);
        field[0] = 0x1111;      // type manager and writable data: never read here
        field[1] = 0x2222;
        field += 2;
        if ((optional & OptionalRelativeFields.DispatchMap) != 0)
            _dispatchMaps[(nint)type] = (nint)WriteRelative(field++, Allocate(8));
        if ((optional & OptionalRelativeFields.Finalizer) != 0)
            WriteRelative(field++, Allocate(1));
        if ((optional & OptionalRelativeFields.SealedSlots) != 0)
            _sealedSlots[(nint)type] = (nint)WriteRelative(field++, Allocate(16));
        if (definition != null)
        {
            WriteRelative(field++, definition);
            if (arguments.Length == 1)
            {
                WriteRelative(field, arguments[0]);
            }
            else
            {
                int* composition = (int*)Allocate(4 * arguments.Length);
                for (int i = 0; i < arguments.Length; i++)
                    WriteRelative(composition + i, arguments[i]);
                WriteRelative(field, composition);
            }
        }
        return type;
    }

    private static void* WriteRelative(int* field, void* target)
    {
        *field = checked((int)((byte*)target - (byte*)field));
        return target;
    }
}
