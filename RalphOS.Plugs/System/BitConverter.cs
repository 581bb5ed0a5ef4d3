// BitConverter: reinterpreting a double's bits as an integer and back. The compiler
// recognizes these [Intrinsic] methods and emits a single register move, where the pointer
// casts in the bodies (used only if it did not) would force the value through memory and
// keep callers from being inlined.
using System.Runtime.CompilerServices;

namespace System;

public static unsafe class BitConverter
{
    public static readonly bool IsLittleEndian = true;

    [Intrinsic] public static long DoubleToInt64Bits(double value) => *(long*)&value;
    [Intrinsic] public static ulong DoubleToUInt64Bits(double value) => *(ulong*)&value;
    [Intrinsic] public static double Int64BitsToDouble(long value) => *(double*)&value;
    [Intrinsic] public static double UInt64BitsToDouble(ulong value) => *(double*)&value;
    [Intrinsic] public static int SingleToInt32Bits(float value) => *(int*)&value;
    [Intrinsic] public static float Int32BitsToSingle(int value) => *(float*)&value;
}
