// System.RuntimeFieldHandle: an opaque handle the compiler emits for ldtoken.
namespace System;

public struct RuntimeFieldHandle
{
    private nint _value;
}
