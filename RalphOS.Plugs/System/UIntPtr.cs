// System.UIntPtr (C# nuint): a pointer-sized unsigned integer.
namespace System;

public unsafe struct UIntPtr
{
    private void* _value;

    public static readonly UIntPtr Zero;

    public UIntPtr(void* value) { _value = value; }
    public UIntPtr(ulong value) { _value = (void*)value; }

    public static int Size => sizeof(void*);

    public void* ToPointer() => _value;
    public ulong ToUInt64() => (ulong)_value;

    public override string ToString() => Number.UInt64ToString((ulong)_value);

    public override int GetHashCode() => (int)(ulong)_value;
}
