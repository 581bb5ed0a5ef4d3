// System.Object: the root of every managed type. Its first (and only) field is the pointer
// to the object's MethodTable, the type descriptor the compiler emits; the runtime reads it
// for allocation sizes, casts, interface dispatch and the garbage collector.
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System;

public unsafe class Object
{
    // The compiler and runtime depend on this being the first field. ILC looks it up by this
    // exact name (unboxing stubs of shared generic structs read it), hence not _camelCase.
    internal MethodTable* m_pEEType;

    public Object() { }

    // Finalizers are not supported: objects are reclaimed without running code.
#pragma warning disable CS0465
    ~Object() { }
#pragma warning restore CS0465

    public virtual bool Equals(object obj) => this == obj;

    public static bool ReferenceEquals(object a, object b) => a == b;

    public static bool Equals(object a, object b)
    {
        if (a == b)
            return true;
        if (a == null || b == null)
            return false;
        return a.Equals(b);
    }

    public virtual int GetHashCode() => (int)((nuint)m_pEEType >> 4) ^ RuntimeHelpers.AddressHash(this);

    // As on .NET: the type's full name (RuntimeType.ToString, "System.Collections.Generic.List`1[System.Int32]").
    public virtual string ToString() => GetType().ToString();

    public Type GetType() => RuntimeType.FromMethodTable(m_pEEType);

    internal MethodTable* GetMethodTable() => m_pEEType;
}
