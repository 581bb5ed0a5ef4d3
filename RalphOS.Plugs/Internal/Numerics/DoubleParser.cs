// DoubleParser: text to double with the behaviour of .NET's
// double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d): leading and
// trailing white space, trailing NULs, an optional sign, digits with an optional '.', an
// optional exponent ('e'/'E', optional sign, at least one digit), or the words "NaN" and
// "Infinity" in any letter case (signed too). Overflow gives +-Infinity (success), underflow
// +-0. Always correctly rounded (ties to even), for any number of digits.
// Method: exact double arithmetic when the digits and power of ten are both exact;
// otherwise Eisel-Lemire (D. Lemire, "Number Parsing at a Gigabyte per Second", 2021) on the
// first 19 digits; when that cannot decide, an exact big-integer comparison with the halfway
// point (DecimalComparison). Interface: TryParse(text, length, out value).
// Callers: System.Double.Parse/TryParse in RalphOS.Plugs.
namespace Internal.Numerics;

internal static unsafe class DoubleParser
{
    private const ulong PositiveInfinityBits = 0x7FF0_0000_0000_0000UL;
    private const ulong DotNetNaNBits = 0xFFF8_0000_0000_0000UL;

    // 10^0 .. 10^22 are exact doubles.
    private static readonly double[] ExactPowersOfTen =
    {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    public static bool TryParse(char* text, int length, out double value)
    {
        value = 0;
        int end = IntegerParser.TrimmedEnd(text, length);
        int i = 0;
        while (i < end && IntegerParser.IsWhiteSpace(text[i]))
        {
            i++;
        }
        bool negative = false;
        if (i < end && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }
        if (IsWord(text + i, end - i, 'i', 'n', 'f', 'i', 'n', 'i', 't', 'y'))
        {
            ulong infinity = PositiveInfinityBits | (negative ? 1UL << 63 : 0);
            value = System.BitConverter.UInt64BitsToDouble(infinity);
            return true;
        }
        if (IsWord(text + i, end - i, 'n', 'a', 'n'))
        {
            ulong nan = DotNetNaNBits;
            value = System.BitConverter.UInt64BitsToDouble(nan);
            return true;
        }
        if (!DecimalScanner.Scan(text, i, end, out DecimalScanner.Number number))
        {
            return false;
        }
        ulong bits = number.Significand == 0 ? 0 : ToBits(text, ref number);
        if (negative)
        {
            bits |= 1UL << 63;
        }
        value = System.BitConverter.UInt64BitsToDouble(bits);
        return true;
    }

    private static ulong ToBits(char* text, ref DecimalScanner.Number number)
    {
        ulong w = number.Significand;
        int e10 = number.Exponent;
        if (number.StoredDigits + e10 <= -324)
        {
            return 0; // below 10^-324, under half the smallest subnormal
        }
        if (number.StoredDigits - 1 + e10 > 308)
        {
            return PositiveInfinityBits; // at least 10^309
        }
        if (!number.Truncated && w < (1UL << 53) && e10 >= -22 && e10 <= 22)
        {
            // Both operands are exact doubles, so IEEE division/multiplication rounds once.
            double exact = e10 < 0 ? (double)(long)w / ExactPowersOfTen[-e10] : (double)(long)w * ExactPowersOfTen[e10];
            return System.BitConverter.DoubleToUInt64Bits(exact);
        }
        bool decided = EiselLemire.TryCompute(w, e10, out ulong bits);
        if (decided && number.Truncated)
        {
            // The true value lies between w and w+1 units: both must round alike.
            decided = EiselLemire.TryCompute(w + 1, e10, out ulong upperBits) && upperBits == bits;
        }
        return decided ? bits : DecimalComparison.Resolve(text, ref number, bits);
    }

    // Case-insensitive match of the whole remaining text against a lower-case word.
    private static bool IsWord(char* p, int n, char c0, char c1, char c2)
    {
        return n == 3 && (p[0] | 0x20) == c0 && (p[1] | 0x20) == c1 && (p[2] | 0x20) == c2;
    }

    private static bool IsWord(char* p, int n, char c0, char c1, char c2, char c3, char c4, char c5, char c6, char c7)
    {
        return n == 8 && (p[0] | 0x20) == c0 && (p[1] | 0x20) == c1 && (p[2] | 0x20) == c2
            && (p[3] | 0x20) == c3 && (p[4] | 0x20) == c4 && (p[5] | 0x20) == c5
            && (p[6] | 0x20) == c6 && (p[7] | 0x20) == c7;
    }
}
