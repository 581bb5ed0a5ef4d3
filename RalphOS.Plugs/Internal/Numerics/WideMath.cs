// WideMath: 64x64->128-bit multiplication and bit scans in plain C# (no hardware intrinsics,
// so the same code runs in the kernel's core library and on the host).
// Interface: Multiply, LeadingZeroCount, TrailingZeroCount. Callers: the number formatters,
// parsers and FixedBigInteger in Internal.Numerics, and the heap allocator.
namespace Internal.Numerics;

internal static class WideMath
{
    // Returns the low 64 bits of a * b and stores the high 64 bits in high.
    public static ulong Multiply(ulong a, ulong b, out ulong high)
    {
        ulong aLow = (uint)a, aHigh = a >> 32;
        ulong bLow = (uint)b, bHigh = b >> 32;
        ulong lowLow = aLow * bLow;
        ulong highLow = aHigh * bLow;
        ulong lowHigh = aLow * bHigh;
        ulong highHigh = aHigh * bHigh;
        ulong middle = (lowLow >> 32) + (uint)highLow + (uint)lowHigh;
        high = highHigh + (highLow >> 32) + (lowHigh >> 32) + (middle >> 32);
        return (middle << 32) | (uint)lowLow;
    }

    public static ulong MultiplyHigh(ulong a, ulong b)
    {
        Multiply(a, b, out ulong high);
        return high;
    }

    // Number of zero bits above the highest set bit; 64 for zero.
    public static int LeadingZeroCount(ulong value)
    {
        if (value == 0)
        {
            return 64;
        }
        int count = 0;
        if ((value >> 32) == 0) { count += 32; value <<= 32; }
        if ((value >> 48) == 0) { count += 16; value <<= 16; }
        if ((value >> 56) == 0) { count += 8; value <<= 8; }
        if ((value >> 60) == 0) { count += 4; value <<= 4; }
        if ((value >> 62) == 0) { count += 2; value <<= 2; }
        if ((value >> 63) == 0) { count += 1; }
        return count;
    }

    // Number of zero bits below the lowest set bit; 64 for zero.
    public static int TrailingZeroCount(ulong value)
    {
        if (value == 0)
        {
            return 64;
        }
        int count = 0;
        if ((uint)value == 0) { count += 32; value >>= 32; }
        if ((value & 0xFFFF) == 0) { count += 16; value >>= 16; }
        if ((value & 0xFF) == 0) { count += 8; value >>= 8; }
        if ((value & 0xF) == 0) { count += 4; value >>= 4; }
        if ((value & 0x3) == 0) { count += 2; value >>= 2; }
        if ((value & 0x1) == 0) { count += 1; }
        return count;
    }
}
