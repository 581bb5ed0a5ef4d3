// RuntimeExports: the allocation and boxing helpers compiled code calls by symbol name.
// Objects come from ManagedHeap; each allocation reserves one extra pointer-sized word in
// front of the object for the object header (the word at offset -8 that NativeAOT objects
// carry), so an object's memory never overlaps its neighbour's header.
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace System.Runtime;

internal static unsafe class RuntimeExports
{
    private const int ObjectHeaderSize = 8;

    [RuntimeExport("RhpNewFast")]
    private static object RhpNewFast(MethodTable* type) => AllocateObject(type);

    [RuntimeExport("RhpNewFinalizable")]
    private static object RhpNewFinalizable(MethodTable* type) => AllocateObject(type);

    [RuntimeExport("RhpNewArrayFast")]
    private static object RhpNewArrayFast(MethodTable* type, int length) => AllocateArray(type, length);

    [RuntimeExport("RhpNewPtrArrayFast")]
    private static object RhpNewPtrArrayFast(MethodTable* type, int length) => AllocateArray(type, length);

    [RuntimeExport("RhpNewArray")]
    private static object RhpNewArray(MethodTable* type, int length) => AllocateArray(type, length);

    [RuntimeExport("RhNewString")]
    private static object RhNewString(MethodTable* type, int length) => AllocateArray(type, length);

    // A corrupted stack cookie or an internal consistency check failed.
    [RuntimeExport("RhpFallbackFailFast")]
    private static void RhpFallbackFailFast() => Panic.Fail("fail-fast: stack buffer overrun or corrupted runtime state");

    // Boxing a Nullable<T> boxes its T, or gives null when it has no value (ECMA-335
    // III.4.1, box): `(object)(int?)null == null` and `(object)(int?)7` is a boxed int.
    [RuntimeExport("RhBox")]
    private static object RhBox(MethodTable* type, ref byte data)
    {
        if (type->ElementType == MethodTable.ElementTypeNullable)
        {
            if (data == 0)
                return null;
            return RhBox(type->GenericArgument(0), ref Unsafe.Add(ref data, (int)type->NullableValueOffset));
        }
        object result = AllocateObject(type);
        uint size = type->BaseSize - (uint)(2 * sizeof(nint));
        Buffer.MemoryCopy(Unsafe.AsPointer(ref data), (byte*)ObjectAddress(result) + sizeof(nint), size);
        return result;
    }

    [RuntimeExport("RhUnboxNullable")]
    private static void RhUnboxNullable(ref byte data, MethodTable* nullableType, object boxed)
    {
        // Nullable<T> is { bool hasValue; T value; }, the value at the type's value offset.
        uint size = nullableType->ValueTypeDataSize;
        byte* destination = (byte*)Unsafe.AsPointer(ref data);
        for (uint i = 0; i < size; i++)
            destination[i] = 0;
        if (boxed == null)
            return;
        destination[0] = 1;
        uint offset = nullableType->NullableValueOffset;
        MethodTable* boxedType = boxed.GetMethodTable();
        uint valueSize = boxedType->ValueTypeDataSize;
        if (boxedType != nullableType->GenericArgument(0) && !SameIntegerKind(boxedType, nullableType->GenericArgument(0)))
            ThrowHelpers.ThrowInvalidCast((nuint)boxedType, (nuint)nullableType);
        Buffer.MemoryCopy((byte*)ObjectAddress(boxed) + sizeof(nint), destination + offset, valueSize);
    }

    // unbox.any (and unbox) to a value type other than Nullable<T>, where the compiled code's
    // own check (object's MethodTable == target) failed or was not emitted: returns a reference
    // to the boxed value's data, which follows the MethodTable pointer. As in .NET, a boxed enum
    // and its underlying integer type unbox as each other (their MethodTables differ but their
    // element types are the same integer kind); anything else is an invalid cast. Nullable<T>
    // targets go through RhUnboxNullable instead.
    [RuntimeExport("RhUnbox2")]
    private static ref byte RhUnbox2(MethodTable* targetType, object boxed)
    {
        if (boxed == null)
            ThrowHelpers.ThrowNullReferenceException();
        MethodTable* boxedType = boxed.GetMethodTable();
        if (boxedType != targetType && !SameIntegerKind(boxedType, targetType))
            ThrowHelpers.ThrowInvalidCast((nuint)boxedType, (nuint)targetType);
        return ref Unsafe.As<RawData>(boxed).Data;
    }

    // Enums carry the element type of their underlying type (SByte 0x04 to UIntPtr 0x0D).
    private static bool SameIntegerKind(MethodTable* a, MethodTable* b)
    {
        int kind = b->ElementType;
        return kind == a->ElementType && kind >= MethodTable.ElementTypeSByte && kind <= MethodTable.ElementTypeUIntPtr;
    }

    internal static object AllocateObject(MethodTable* type)
    {
        byte* memory = ManagedHeap.Allocate(type->BaseSize + ObjectHeaderSize, type->ContainsGCPointers);
        nint address = (nint)(memory + ObjectHeaderSize);
        *(MethodTable**)address = type;
        return Unsafe.As<nint, object>(ref address);
    }

    internal static object AllocateArray(MethodTable* type, int length)
    {
        if (length < 0)
            ThrowHelpers.ThrowOverflowException();
        return AllocateArrayLike(type, (uint)length);
    }

    // Arrays and strings: base size plus length elements, rounded up to pointer size.
    internal static object AllocateArrayLike(MethodTable* type, uint length)
    {
        ulong size = type->BaseSize + (ulong)length * type->ComponentSize;
        size = (size + (ulong)(sizeof(nint) - 1)) & ~(ulong)(sizeof(nint) - 1);
        if (size > ManagedHeap.MaxObjectSize)
            ThrowHelpers.ThrowOutOfMemoryException("out of memory: object too large");
        byte* memory = ManagedHeap.Allocate((nuint)size + ObjectHeaderSize, type->ContainsGCPointers);
        nint address = (nint)(memory + ObjectHeaderSize);
        *(MethodTable**)address = type;
        *(uint*)(address + sizeof(nint)) = length;
        return Unsafe.As<nint, object>(ref address);
    }

    internal static void* ObjectAddress(object value) => *(void**)Unsafe.AsPointer(ref value);
}
