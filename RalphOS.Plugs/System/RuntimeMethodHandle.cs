// System.RuntimeMethodHandle: an opaque handle the compiler emits for ldtoken.
namespace System;

public struct RuntimeMethodHandle
{
    private nint _value;
}
