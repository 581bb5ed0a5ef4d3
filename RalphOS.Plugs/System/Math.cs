// Math: the integer and simple floating-point helpers (Abs, Min, Max, Sign, Clamp), with
// .NET's semantics: Abs of the most negative integer, Sign of NaN and Clamp with min > max
// are misuse (a panic; .NET throws); Min/Max of doubles return NaN when either is NaN and
// order -0.0 below 0.0. The transcendental functions (Sqrt, Sin, Pow, ...) live in another
// part of this partial class, backed by Internal.Numerics.
using Internal.Runtime;

namespace System;

public static partial class Math
{
    public const double PI = 3.14159265358979323846;
    public const double E = 2.7182818284590452354;

    public static int Abs(int value)
    {
        if (value == int.MinValue)
            Panic.Fail("Math.Abs: negating the minimum value of a twos complement number is invalid");
        return value < 0 ? -value : value;
    }

    public static long Abs(long value)
    {
        if (value == long.MinValue)
            Panic.Fail("Math.Abs: negating the minimum value of a twos complement number is invalid");
        return value < 0 ? -value : value;
    }

    // Clears the sign bit: Abs(-0.0) is 0.0 and NaN stays NaN.
    public static double Abs(double value) =>
        BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(value) & 0x7FFFFFFFFFFFFFFFUL);

    public static int Min(int a, int b) => a <= b ? a : b;
    public static long Min(long a, long b) => a <= b ? a : b;
    public static uint Min(uint a, uint b) => a <= b ? a : b;
    public static ulong Min(ulong a, ulong b) => a <= b ? a : b;
    public static int Max(int a, int b) => a >= b ? a : b;
    public static long Max(long a, long b) => a >= b ? a : b;
    public static uint Max(uint a, uint b) => a >= b ? a : b;
    public static ulong Max(ulong a, ulong b) => a >= b ? a : b;

    public static double Min(double a, double b)
    {
        if (double.IsNaN(a))
            return a;
        if (double.IsNaN(b))
            return b;
        if (a == b)
            return IsNegative(a) ? a : b;
        return a < b ? a : b;
    }

    public static double Max(double a, double b)
    {
        if (double.IsNaN(a))
            return a;
        if (double.IsNaN(b))
            return b;
        if (a == b)
            return IsNegative(a) ? b : a;
        return a > b ? a : b;
    }

    public static int Sign(int value) => value > 0 ? 1 : value < 0 ? -1 : 0;
    public static int Sign(long value) => value > 0 ? 1 : value < 0 ? -1 : 0;

    public static int Sign(double value)
    {
        if (double.IsNaN(value))
            Panic.Fail("Math.Sign: function does not accept floating point Not-a-Number values");
        return value > 0 ? 1 : value < 0 ? -1 : 0;
    }

    public static int Clamp(int value, int min, int max)
    {
        CheckClampRange(min > max);
        return value < min ? min : value > max ? max : value;
    }

    public static long Clamp(long value, long min, long max)
    {
        CheckClampRange(min > max);
        return value < min ? min : value > max ? max : value;
    }

    public static uint Clamp(uint value, uint min, uint max)
    {
        CheckClampRange(min > max);
        return value < min ? min : value > max ? max : value;
    }

    public static ulong Clamp(ulong value, ulong min, ulong max)
    {
        CheckClampRange(min > max);
        return value < min ? min : value > max ? max : value;
    }

    public static double Clamp(double value, double min, double max)
    {
        CheckClampRange(min > max);
        return value < min ? min : value > max ? max : value;
    }

    private static void CheckClampRange(bool minAboveMax)
    {
        if (minAboveMax)
            Panic.Fail("Math.Clamp: min cannot be greater than max");
    }

    private static bool IsNegative(double value) => BitConverter.DoubleToInt64Bits(value) < 0;
}
