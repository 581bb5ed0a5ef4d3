// MethodTable: the type descriptor the compiler emits for every type (NativeAOT layout, see
// dotnet/runtime src/coreclr/nativeaot/Runtime/inc/MethodTable.h). Every object starts with
// a pointer to one. Only the fields this runtime reads are described here.
//
//   offset 0  ushort  component size (arrays: element size; strings: 2)
//   offset 2  ushort  flags
//   offset 4  uint    base size (bytes of an instance with no elements, header included)
//   offset 8  MethodTable*  related type (base class, or element type of an array)
//   offset 16 ushort  number of vtable slots
//   offset 18 ushort  number of interfaces
//   offset 20 uint    hash code
//   offset 24 vtable slots, then the interface list
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Internal.Runtime;

[StructLayout(LayoutKind.Sequential)]
internal unsafe partial struct MethodTable
{
    // Bits of the 16-bit flags field: the upper half of the 32-bit EETypeFlags of .NET 9 and
    // later (dotnet/runtime src/coreclr/nativeaot/Common/src/Internal/Runtime/MethodTable.cs;
    // verified against the String MethodTable ILC 10 emits: flags 0xD000).
    private const ushort KindMask = 0x0003;
    private const ushort ParameterizedTypeKind = 0x0002;
    private const ushort GenericTypeDefinitionKind = 0x0003;
    private const ushort HasDispatchMapFlag = 0x0004;
    private const ushort IsDynamicTypeFlag = 0x0008;
    private const ushort HasFinalizerFlag = 0x0010;
    private const ushort HasSealedVTableEntriesFlag = 0x0040;
    private const ushort HasPointersFlag = 0x0100;
    private const ushort IsGenericFlag = 0x0200;
    private const ushort HasComponentSizeFlag = 0x8000;
    private const int NullableValueOffsetShift = 8;
    private const int ValueTypePaddingShift = 5;
    private const int ValueTypePaddingMask = 0x7;
    private const int NullableValueOffsetMask = 0x7;
    private const ushort ElementTypeMask = 0x7C00;
    private const int ElementTypeShift = 10;

    // Values of the element-type bits (MethodTable.h, EETypeElementType).
    public const int ElementTypeSByte = 0x04;
    public const int ElementTypeUIntPtr = 0x0D;
    public const int ElementTypeNullable = 0x12;
    public const int ElementTypeClass = 0x14;
    public const int ElementTypeInterface = 0x15;
    public const int ElementTypeSystemArray = 0x16;
    public const int ElementTypeArray = 0x17;
    public const int ElementTypeSzArray = 0x18;

    private ushort _componentSize;
    private ushort _flags;
    private uint _baseSize;
    private MethodTable* _relatedType;
    private ushort _numVtableSlots;
    private ushort _numInterfaces;
    private uint _hashCode;

    // Inlined by hand: ILC left this call in every array and string allocation.
    public ushort ComponentSize
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (_flags & HasComponentSizeFlag) != 0 ? _componentSize : (ushort)0;
    }
    public bool HasComponentSize => (_flags & HasComponentSizeFlag) != 0;

    // Where a Nullable<T>'s value sits after its hasValue flag: ILC stores the offset's log2
    // in bits 8-10 of the extended flags (the component-size field of a non-array type);
    // read from ILC 10's output (int?: 0x0200, offset 4; long?: 0x0300, offset 8).
    public uint NullableValueOffset => 1u << ((_componentSize >> NullableValueOffsetShift) & NullableValueOffsetMask);

    // The bytes of a value type's fields, without the padding BaseSize rounds up to: ILC
    // stores the padding in bits 5-7 of the extended flags (read from ILC 10's output: int
    // 0x80, 4 bytes; char 0xC0, 6 bytes; long 0).
    public uint ValueTypeDataSize => _baseSize - (uint)(2 * sizeof(nint)) - (uint)((_componentSize >> ValueTypePaddingShift) & ValueTypePaddingMask);
    public bool ContainsGCPointers => (_flags & HasPointersFlag) != 0;
    public uint BaseSize => _baseSize;
    public bool IsParameterizedType => (_flags & KindMask) == ParameterizedTypeKind;
    public int ElementType => (_flags & ElementTypeMask) >> ElementTypeShift;
    public bool IsInterface => ElementType == ElementTypeInterface;
    public bool IsArray => ElementType == ElementTypeArray || ElementType == ElementTypeSzArray;
    public bool IsValueType => ElementType < ElementTypeClass;
    public bool IsGeneric => (_flags & IsGenericFlag) != 0;
    public bool IsGenericTypeDefinition => (_flags & KindMask) == GenericTypeDefinitionKind;
    public uint HashCode => _hashCode;

    // The base class of a class or value type; null for interfaces, arrays and Object.
    public MethodTable* BaseType => IsParameterizedType || IsInterface ? null : _relatedType;

    // For classes, the base type; for arrays and pointers, the element type.
    public MethodTable* RelatedType => _relatedType;
    public ushort NumVtableSlots => _numVtableSlots;
    public ushort NumInterfaces => _numInterfaces;

    public MethodTable** InterfaceMap
    {
        get
        {
            fixed (MethodTable* self = &this)
                return (MethodTable**)((byte*)self + sizeof(MethodTable) + _numVtableSlots * sizeof(nint));
        }
    }

    // The 32-bit relative pointers after the interface map: type manager, writable data,
    // dispatch map?, finalizer?, sealed virtual slots?
    private int* RelativeFields => (int*)(InterfaceMap + _numInterfaces);

    // Bytes from the start of the MethodTable to the end of its relative fields (type
    // manager, writable data, the optional dispatch map, finalizer and sealed-slot pointers,
    // and a generic type's definition and arguments): what a copy of the type must take.
    // Checked against the sizes in ILC's map for arrays, classes, delegates and interfaces.
    public nuint Size
    {
        get
        {
            int* end = OptionalRelativeFields + (IsGeneric ? 2 : 0);
            fixed (MethodTable* self = &this)
                return (nuint)((byte*)end - (byte*)self);
        }
    }

    // Fills in a type built at run time from a copy of another (TypeLoader.ArrayTypes and
    // GenericTypeBuilder).
    public void InitializeCopy(MethodTable* relatedType, uint hashCode)
    {
        _relatedType = relatedType;
        _hashCode = hashCode;
        _flags |= IsDynamicTypeFlag;
    }

    // Re-aims the copied relative fields (offsets from their own address) of a type copied
    // from `original` to here.
    public void RebaseRelativeFields(MethodTable* original)
    {
        fixed (MethodTable* self = &this)
        {
            int* fields = RelativeFields;
            int* end = (int*)((byte*)self + Size);
            nint distance = (nint)((byte*)self - (byte*)original);
            for (int* field = fields; field < end; field++)
                *field = (int)(*field - distance);
        }
    }

    public ushort* DispatchMap
    {
        get
        {
            if ((_flags & HasDispatchMapFlag) == 0)
                return null;
            int* pointer = RelativeFields + 2;
            return (ushort*)((byte*)pointer + *pointer);
        }
    }

    // A generic instantiation (List<string>) names its definition (List<>) and its type
    // arguments in two relative fields after the optional ones: the arguments directly
    // when there is one, else a list of relative pointers. A definition keeps its number of
    // type parameters in the base size field.
    public MethodTable* GenericDefinition => IsGeneric ? (MethodTable*)ReadRelative(OptionalRelativeFields) : null;

    public uint GenericArity => IsGenericTypeDefinition ? _baseSize : IsGeneric ? GenericDefinition->_baseSize : 0;

    public MethodTable* GenericArgument(uint index)
    {
        if (!IsGeneric || index >= GenericArity)
            return null;
        byte* composition = ReadRelative(OptionalRelativeFields + 1);
        return GenericArity == 1 ? (MethodTable*)composition : (MethodTable*)ReadRelative((int*)composition + index);
    }

    // Points a (copied) generic type at its own type arguments: `argument` for one, else
    // `composition`, a list of relative pointers to them the caller has filled in.
    public void SetGenericArguments(void* argumentOrComposition)
    {
        int* field = OptionalRelativeFields + 1;
        *field = (int)((byte*)argumentOrComposition - (byte*)field);
    }

    public void SetInterface(int index, MethodTable* interfaceType) => InterfaceMap[index] = interfaceType;

    public nint* VtableSlots
    {
        get
        {
            fixed (MethodTable* self = &this)
                return (nint*)((byte*)self + sizeof(MethodTable));
        }
    }

    // The first relative field after the dispatch map, finalizer and sealed-slot pointers.
    private int* OptionalRelativeFields
    {
        get
        {
            int* next = RelativeFields + 2;
            if ((_flags & HasDispatchMapFlag) != 0)
                next++;
            if ((_flags & HasFinalizerFlag) != 0)
                next++;
            if ((_flags & HasSealedVTableEntriesFlag) != 0)
                next++;
            return next;
        }
    }

    private static byte* ReadRelative(int* field) => (byte*)field + *field;

    public int* SealedVirtualSlots
    {
        get
        {
            // The last of the optional fields, when there.
            if ((_flags & HasSealedVTableEntriesFlag) == 0)
                return null;
            return (int*)ReadRelative(OptionalRelativeFields - 1);
        }
    }
}
