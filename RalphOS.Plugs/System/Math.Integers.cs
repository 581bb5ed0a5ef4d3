// Math: BigMul (the full product of two 32- or 64-bit integers) and DivRem (quotient and
// remainder at once), as .NET's; division by zero throws DivideByZeroException from the
// division itself.
using Internal.Numerics;

namespace System;

public static partial class Math
{
    public static long BigMul(int a, int b) => (long)a * b;
    public static ulong BigMul(uint a, uint b) => (ulong)a * b;

    // The high 64 bits of the 128-bit product; the low ones in low.
    public static ulong BigMul(ulong a, ulong b, out ulong low)
    {
        low = WideMath.Multiply(a, b, out ulong high);
        return high;
    }

    // Signed: the unsigned product corrected for each negative operand (two's complement).
    public static long BigMul(long a, long b, out long low)
    {
        ulong high = BigMul((ulong)a, (ulong)b, out ulong unsignedLow);
        low = (long)unsignedLow;
        return (long)high - ((a >> 63) & b) - ((b >> 63) & a);
    }

    public static int DivRem(int a, int b, out int result)
    {
        int quotient = a / b;
        result = a - quotient * b;
        return quotient;
    }

    public static long DivRem(long a, long b, out long result)
    {
        long quotient = a / b;
        result = a - quotient * b;
        return quotient;
    }

    public static (int Quotient, int Remainder) DivRem(int left, int right)
    {
        int quotient = left / right;
        return (quotient, left - quotient * right);
    }

    public static (long Quotient, long Remainder) DivRem(long left, long right)
    {
        long quotient = left / right;
        return (quotient, left - quotient * right);
    }

    public static (uint Quotient, uint Remainder) DivRem(uint left, uint right)
    {
        uint quotient = left / right;
        return (quotient, left - quotient * right);
    }

    public static (ulong Quotient, ulong Remainder) DivRem(ulong left, ulong right)
    {
        ulong quotient = left / right;
        return (quotient, left - quotient * right);
    }
}
