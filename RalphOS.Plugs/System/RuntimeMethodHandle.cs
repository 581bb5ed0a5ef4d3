// System.RuntimeMethodHandle: an opaque handle the compiler emits for ldtoken.
namespace System;

public struct RuntimeMethodHandle
{
    private nint _value;

    // The address of the handle's data (for a generic method: TypeLoader.GenericMethodHandle).
    internal nint Value => _value;
}
