// System.RuntimeTypeHandle: an opaque handle the compiler emits for ldtoken; it holds the
// type's MethodTable address (LdTokenHelpers.GetRuntimeTypeHandle).
namespace System;

public struct RuntimeTypeHandle
{
    private nint _value;

    internal nint Value => _value;
}
