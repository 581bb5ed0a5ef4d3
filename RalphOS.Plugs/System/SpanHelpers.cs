// SpanHelpers: bulk fill and clear primitives the compiler's generated code calls
// (zeroing locals and structs, `stackalloc` initialization, Span.Fill/Clear).
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System;

internal static unsafe class SpanHelpers
{
    public static void ClearWithoutReferences(ref byte destination, nuint byteCount) =>
        MemorySet((byte*)Unsafe.AsPointer(ref destination), 0, byteCount);

    public static void ClearWithReferences(ref nint destination, nuint pointerCount) =>
        MemorySet((byte*)Unsafe.AsPointer(ref destination), 0, pointerCount * (nuint)sizeof(nint));

    public static void Fill(ref byte destination, byte value, nuint byteCount) =>
        MemorySet((byte*)Unsafe.AsPointer(ref destination), value, byteCount);

    public static void Memmove(ref byte destination, ref byte source, nuint byteCount) =>
        Buffer.Memmove(ref destination, ref source, byteCount);

    [DllImport("*", EntryPoint = "memset")]
    [SuppressGCTransition]
    private static extern void* MemorySet(byte* destination, int value, nuint count);
}
