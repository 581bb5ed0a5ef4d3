// System.IntPtr (C# nint): a pointer-sized signed integer.
namespace System;

public unsafe struct IntPtr
{
    private void* _value;

    public static readonly IntPtr Zero;

    public IntPtr(void* value) { _value = value; }
    public IntPtr(long value) { _value = (void*)value; }

    public static int Size => sizeof(void*);

    public void* ToPointer() => _value;
    public long ToInt64() => (long)_value;

    public override string ToString() => Number.Int64ToString((long)_value);

    public override int GetHashCode() => (int)(long)_value;
}
