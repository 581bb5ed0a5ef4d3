// Buffer: raw memory copies used by strings, arrays and the compiler's generated code.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System;

public static unsafe class Buffer
{
    public static void MemoryCopy(void* source, void* destination, nuint byteCount)
    {
        if (byteCount != 0)
            Memmove((byte*)destination, (byte*)source, byteCount);
    }

    // Called by compiled code to move structs and spans (overlap-safe).
    internal static void Memmove(ref byte destination, ref byte source, nuint byteCount) =>
        MemoryCopy(Unsafe.AsPointer(ref source), Unsafe.AsPointer(ref destination), byteCount);

    internal static void Memmove<T>(ref T destination, ref T source, nuint elementCount) =>
        MemoryCopy(Unsafe.AsPointer(ref source), Unsafe.AsPointer(ref destination), elementCount * (nuint)Unsafe.SizeOf<T>());

    // References need no barrier under a non-moving mark-and-sweep collector.
    internal static void BulkMoveWithWriteBarrier(ref byte destination, ref byte source, nuint byteCount) =>
        Memmove(ref destination, ref source, byteCount);

    [DllImport("*", EntryPoint = "memmove")]
    [SuppressGCTransition]
    private static extern void* Memmove(byte* destination, byte* source, nuint count);
}
