// TypeCast: the helpers behind `is`, `as`, casts and covariant array stores. The compiler
// calls them by name. Types are compared by MethodTable: a class matches when it appears
// in the object's base-type chain, an interface when it is in the object's interface map.
// A failed cast panics naming both types' MethodTables.
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace System.Runtime;

internal static unsafe class TypeCast
{
    public static object IsInstanceOfClass(MethodTable* targetType, object obj)
    {
        if (obj == null || IsClassCompatible(obj.GetMethodTable(), targetType))
            return obj;
        return null;
    }

    public static object IsInstanceOfInterface(MethodTable* targetType, object obj)
    {
        if (obj == null || ImplementsInterface(obj.GetMethodTable(), targetType))
            return obj;
        return null;
    }

    public static object IsInstanceOfAny(MethodTable* targetType, object obj)
    {
        if (obj == null || IsCompatible(obj.GetMethodTable(), targetType))
            return obj;
        return null;
    }

    public static bool IsInstanceOfException(MethodTable* targetType, object obj) =>
        obj != null && IsClassCompatible(obj.GetMethodTable(), targetType);

    public static object CheckCastAny(MethodTable* targetType, object obj)
    {
        if (obj == null || IsCompatible(obj.GetMethodTable(), targetType))
            return obj;
        return FailCast(obj.GetMethodTable(), targetType);
    }

    public static object CheckCastInterface(MethodTable* targetType, object obj)
    {
        if (obj == null || ImplementsInterface(obj.GetMethodTable(), targetType))
            return obj;
        return FailCast(obj.GetMethodTable(), targetType);
    }

    public static object CheckCastClass(MethodTable* targetType, object obj)
    {
        if (obj == null || IsClassCompatible(obj.GetMethodTable(), targetType))
            return obj;
        return FailCast(obj.GetMethodTable(), targetType);
    }

    public static object CheckCastClassSpecial(MethodTable* targetType, object obj) => CheckCastClass(targetType, obj);

    // array[index] = obj for arrays of references: the element type must accept obj.
    public static void StelemRef(object[] array, nint index, object obj)
    {
        if ((nuint)index >= (nuint)array.Length)
            ThrowHelpers.ThrowIndexOutOfRangeException();
        if (obj != null)
        {
            MethodTable* elementType = array.GetMethodTable()->RelatedType;
            if (obj.GetMethodTable() != elementType && !IsCompatible(obj.GetMethodTable(), elementType))
                ThrowHelpers.ThrowArrayTypeMismatchException();
        }
        // A raw store: `array[index] = obj` here would call this helper again.
        Unsafe.Add(ref Unsafe.As<byte, object>(ref array.GetRawData()), index) = obj;
    }

    public static ref object LdelemaRef(object[] array, nint index, MethodTable* elementType)
    {
        if ((nuint)index >= (nuint)array.Length)
            ThrowHelpers.ThrowIndexOutOfRangeException();
        if (array.GetMethodTable()->RelatedType != elementType)
            ThrowHelpers.ThrowArrayTypeMismatchException();
        return ref Unsafe.Add(ref Unsafe.As<byte, object>(ref array.GetRawData()), index);
    }

    internal static bool IsCompatible(MethodTable* objectType, MethodTable* targetType)
    {
        if (objectType == targetType)
            return true;
        if (targetType->IsInterface)
            return ImplementsInterface(objectType, targetType);
        if (targetType->IsArray)
            return IsArrayCompatible(objectType, targetType);
        return IsClassCompatible(objectType, targetType);
    }

    private static bool IsClassCompatible(MethodTable* objectType, MethodTable* targetType)
    {
        if (objectType->IsArray)
            return targetType->ElementType == MethodTable.ElementTypeSystemArray || IsObject(targetType);
        for (MethodTable* type = objectType; type != null; type = type->RelatedType)
        {
            if (type == targetType)
                return true;
        }
        return false;
    }

    // Arrays of references are covariant: string[] is an object[]. Arrays of values are not.
    private static bool IsArrayCompatible(MethodTable* objectType, MethodTable* targetType)
    {
        if (!objectType->IsArray || objectType->BaseSize != targetType->BaseSize)
            return false;
        MethodTable* objectElement = objectType->RelatedType;
        MethodTable* targetElement = targetType->RelatedType;
        if (objectElement == targetElement)
            return true;
        if (objectElement->IsValueType || targetElement->IsValueType)
            return false;
        return IsCompatible(objectElement, targetElement);
    }

    private static bool ImplementsInterface(MethodTable* objectType, MethodTable* interfaceType)
    {
        MethodTable** map = objectType->InterfaceMap;
        for (int i = 0; i < objectType->NumInterfaces; i++)
        {
            if (map[i] == interfaceType)
                return true;
        }
        return false;
    }

    private static bool IsObject(MethodTable* type) =>
        type->RelatedType == null && !type->IsInterface && !type->IsParameterizedType && !type->IsValueType;

    private static object FailCast(MethodTable* objectType, MethodTable* targetType)
    {
        ThrowHelpers.ThrowInvalidCast((nuint)objectType, (nuint)targetType);
        return null;
    }
}
