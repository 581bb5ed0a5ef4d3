// System.Type: what `typeof(X)` and GetType() give. A Type stands for its MethodTable, so
// types compare (== and Equals) as on .NET and can be dictionary keys, and it knows the
// names .NET gives the type (Name, Namespace, FullName, ToString) from the metadata ILC
// embeds, and a few facts from the MethodTable (IsValueType, IsEnum, IsArray, BaseType...).
// There is no other reflection (no members, no attributes). Records need type equality:
// their generated Equals compares `EqualityContract`, a typeof of the record's own type, so
// a derived record never equals its base. Each MethodTable has one Type object
// (RuntimeType.FromHandle keeps them), so reference equality holds as well.
namespace System;

public abstract class Type
{
    public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => RuntimeType.FromHandle(handle);

    public abstract RuntimeTypeHandle TypeHandle { get; }

    public abstract string Name { get; }

    public abstract string Namespace { get; }

    public abstract string FullName { get; }

    public abstract Type BaseType { get; }

    public abstract bool IsValueType { get; }

    public abstract bool IsEnum { get; }

    public abstract bool IsArray { get; }

    public abstract bool IsInterface { get; }

    public abstract bool IsGenericType { get; }

    public bool IsClass => !IsInterface && !IsValueType;

    public abstract Type GetElementType();

    public static bool operator ==(Type left, Type right) => ReferenceEquals(left, right);

    public static bool operator !=(Type left, Type right) => !ReferenceEquals(left, right);

    public override bool Equals(object obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => base.GetHashCode();
}
