// IntegerFormatter: integers to text exactly like .NET's invariant ToString() ("D") and
// ToString("X<n>") / ToString("x<n>"). Every method writes into a caller-provided char buffer
// and returns the number of chars written; the buffer must hold MaxDecimalChars (20 digits plus
// a sign) or, for hex, max(minDigits, 16) chars. Callers: System.String/Number in RalphOS.Plugs.
namespace Internal.Numerics;

internal enum HexCase
{
    Upper,
    Lower,
}

internal static unsafe class IntegerFormatter
{
    public const int MaxDecimalChars = 21;

    public static int FormatInt32(int value, char* buffer) => FormatInt64(value, buffer);

    public static int FormatUInt32(uint value, char* buffer) => FormatUInt64(value, buffer);

    public static int FormatInt64(long value, char* buffer)
    {
        if (value >= 0)
        {
            return FormatUInt64((ulong)value, buffer);
        }
        buffer[0] = '-';
        // Negating in unsigned arithmetic is correct for long.MinValue too.
        return 1 + FormatUInt64(0UL - (ulong)value, buffer + 1);
    }

    public static int FormatUInt64(ulong value, char* buffer)
    {
        int length = DecimalDigitCount(value);
        char* cursor = buffer + length;
        do
        {
            ulong quotient = value / 10;
            *--cursor = (char)('0' + (int)(value - quotient * 10));
            value = quotient;
        }
        while (value != 0);
        return length;
    }

    // Writes exactly `count` digits of value (zero padded on the left); value < 10^count.
    public static void WriteDigits(ulong value, int count, char* buffer)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            ulong quotient = value / 10;
            buffer[i] = (char)('0' + (int)(value - quotient * 10));
            value = quotient;
        }
    }

    public static int DecimalDigitCount(ulong value)
    {
        int count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }
        return count;
    }

    // Hex digits of the two's-complement bit pattern, as .NET formats int/long with "X"/"x":
    // pass (uint)intValue for int and (ulong)longValue for long. minDigits pads with '0'.
    public static int FormatHex(ulong value, int minDigits, HexCase letterCase, char* buffer)
    {
        int digits = 1;
        while (digits < 16 && (value >> (4 * digits)) != 0)
        {
            digits++;
        }
        int length = digits > minDigits ? digits : minDigits;
        char letterBase = letterCase == HexCase.Upper ? 'A' : 'a';
        for (int i = length - 1; i >= 0; i--)
        {
            int nibble = (int)(value & 0xF);
            buffer[i] = (char)(nibble < 10 ? '0' + nibble : letterBase + nibble - 10);
            value >>= 4;
        }
        return length;
    }
}
