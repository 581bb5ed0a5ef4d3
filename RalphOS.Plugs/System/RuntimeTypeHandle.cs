// System.RuntimeTypeHandle: an opaque handle the compiler emits for ldtoken.
namespace System;

public struct RuntimeTypeHandle
{
    private nint _value;
}
