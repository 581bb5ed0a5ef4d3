// System.RuntimeTypeHandle: an opaque handle the compiler emits for ldtoken; it holds the
// type's MethodTable address (LdTokenHelpers.GetRuntimeTypeHandle, RuntimeType.FromMethodTable).
namespace System;

public struct RuntimeTypeHandle
{
    private nint _value;

    internal RuntimeTypeHandle(nint value) { _value = value; }

    internal nint Value => _value;
}
