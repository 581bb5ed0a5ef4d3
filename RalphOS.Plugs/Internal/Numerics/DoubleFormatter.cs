// DoubleFormatter: double to text exactly like .NET's invariant double.ToString() (and "R"):
// shortest round-trip digits (ShortestDigits), plain notation when the value is below 10^17
// and at least 10^-5 (measured on .NET 10), otherwise "d.dddE+XX"
// (at least two exponent digits); "NaN", "Infinity", "-Infinity", "-0".
// Interface: FormatShortest(value, buffer) writes at most MaxShortestChars chars and returns
// the count. FormatFixed ("F<n>") lives in FixedFormatter. Caller: System.Double/Number.
namespace Internal.Numerics;

internal static unsafe class DoubleFormatter
{
    public const int MaxShortestChars = 32;

    // .NET switches to E notation when the decimal exponent of the first digit is >= 17
    // or < -5 (its "G" rule with the 17 digits of round-trip precision for double).
    private const int MaxPlainScale = 17;
    private const int MinPlainScale = -4;

    public static int FormatShortest(double value, char* buffer)
    {
        ulong bits = System.BitConverter.DoubleToUInt64Bits(value);
        int length = 0;
        if ((bits & 0x7FF0_0000_0000_0000UL) == 0x7FF0_0000_0000_0000UL)
        {
            if ((bits & 0x000F_FFFF_FFFF_FFFFUL) != 0)
            {
                buffer[0] = 'N';
                buffer[1] = 'a';
                buffer[2] = 'N';
                return 3;
            }
            if ((long)bits < 0)
            {
                buffer[length++] = '-';
            }
            return length + WriteInfinity(buffer + length);
        }
        if ((long)bits < 0)
        {
            buffer[length++] = '-';
            bits &= 0x7FFF_FFFF_FFFF_FFFFUL;
        }
        if (bits == 0)
        {
            buffer[length++] = '0';
            return length;
        }
        ShortestDigits.Compute(bits, out ulong digits, out int exponent);
        char* digitChars = stackalloc char[20];
        int count = IntegerFormatter.FormatUInt64(digits, digitChars);
        return length + Layout(digitChars, count, exponent + count, buffer + length);
    }

    // Lays out `count` digits whose decimal point sits `scale` places after the first digit
    // (value = 0.d1d2... * 10^scale).
    private static int Layout(char* digits, int count, int scale, char* buffer)
    {
        int length = 0;
        if (scale > MaxPlainScale || scale < MinPlainScale + 1)
        {
            buffer[length++] = digits[0];
            if (count > 1)
            {
                buffer[length++] = '.';
                for (int i = 1; i < count; i++)
                {
                    buffer[length++] = digits[i];
                }
            }
            int exponent = scale - 1;
            buffer[length++] = 'E';
            buffer[length++] = exponent < 0 ? '-' : '+';
            int magnitude = exponent < 0 ? -exponent : exponent;
            int exponentDigits = magnitude >= 100 ? 3 : 2;
            IntegerFormatter.WriteDigits((ulong)magnitude, exponentDigits, buffer + length);
            return length + exponentDigits;
        }
        if (scale <= 0)
        {
            buffer[length++] = '0';
            buffer[length++] = '.';
            for (int i = scale; i < 0; i++)
            {
                buffer[length++] = '0';
            }
            for (int i = 0; i < count; i++)
            {
                buffer[length++] = digits[i];
            }
            return length;
        }
        for (int i = 0; i < count || i < scale; i++)
        {
            if (i == scale)
            {
                buffer[length++] = '.';
            }
            buffer[length++] = i < count ? digits[i] : '0';
        }
        return length;
    }

    // No string literals here: the kernel's String type may not be usable this early.
    private static int WriteInfinity(char* buffer)
    {
        buffer[0] = 'I';
        buffer[1] = 'n';
        buffer[2] = 'f';
        buffer[3] = 'i';
        buffer[4] = 'n';
        buffer[5] = 'i';
        buffer[6] = 't';
        buffer[7] = 'y';
        return 8;
    }
}
