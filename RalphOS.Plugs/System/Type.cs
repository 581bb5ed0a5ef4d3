// System.Type: what `typeof(X)` gives. There is no reflection: a Type only stands for its
// MethodTable, so types compare (== and Equals) as on .NET and can be dictionary keys.
// Records need this: their generated Equals compares `EqualityContract`, a typeof of the
// record's own type, so a derived record never equals its base. Each MethodTable has one
// Type object (RuntimeType.FromHandle keeps them), so reference equality holds as well.
namespace System;

public abstract class Type
{
    public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => RuntimeType.FromHandle(handle);

    public abstract RuntimeTypeHandle TypeHandle { get; }

    public static bool operator ==(Type left, Type right) => ReferenceEquals(left, right);

    public static bool operator !=(Type left, Type right) => !ReferenceEquals(left, right);

    public override bool Equals(object obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => base.GetHashCode();
}
