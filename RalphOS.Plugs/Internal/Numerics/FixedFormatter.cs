// FixedFormatter: double to text like .NET's invariant ToString("F<decimals>"): the exact
// binary value rounded to `decimals` places, ties to even (as measured on .NET 10), all
// integer digits exact (1e23 -> "99999999999999991611392.00"), '-' whenever the sign bit is
// set (-0.001 -> "-0.00"), and "NaN", "Infinity", "-Infinity".
// Interface: FormatFixed(value, decimals, buffer, capacity) -> chars written, or -1 when
// decimals is outside [0, MaxDecimals] or capacity is too small (MaxChars(decimals) always
// suffices). Caller: System.Double.ToString("F<n>") in RalphOS.Plugs.
namespace Internal.Numerics;

internal static unsafe class FixedFormatter
{
    public const int MaxDecimals = 100;
    private const uint ChunkScale = 1_000_000_000;
    private const int DigitsPerChunk = 9;

    // Sign, 309 integer digits, the point and the decimals.
    public static int MaxChars(int decimals) => 311 + decimals;

    public static int FormatFixed(double value, int decimals, char* buffer, int capacity)
    {
        if (decimals < 0 || decimals > MaxDecimals || capacity < MaxChars(decimals))
        {
            return -1;
        }
        ulong bits = System.BitConverter.DoubleToUInt64Bits(value);
        if ((bits & 0x7FF0_0000_0000_0000UL) == 0x7FF0_0000_0000_0000UL)
        {
            return DoubleFormatter.FormatShortest(value, buffer); // NaN and the infinities
        }
        int length = 0;
        if ((long)bits < 0)
        {
            buffer[length++] = '-';
        }
        uint* number = stackalloc uint[FixedBigInteger.Capacity];
        int numberLength = ScaledAndRounded(bits & 0x7FFF_FFFF_FFFF_FFFFUL, decimals, number);

        // Decimal digits of the scaled integer, least significant chunk first.
        uint* chunks = stackalloc uint[64];
        int chunkCount = 0;
        do
        {
            chunks[chunkCount++] = FixedBigInteger.DivideSmall(number, ref numberLength, ChunkScale);
        }
        while (numberLength > 0);
        int digitCount = (chunkCount - 1) * DigitsPerChunk + IntegerFormatter.DecimalDigitCount(chunks[chunkCount - 1]);
        int totalDigits = digitCount > decimals ? digitCount : decimals + 1;
        char* digits = buffer + length + 1; // leave room to insert the point
        for (int i = 0; i < totalDigits; i++)
        {
            int fromRight = totalDigits - 1 - i;
            int chunk = fromRight / DigitsPerChunk;
            uint chunkValue = chunk < chunkCount ? chunks[chunk] : 0;
            for (int k = fromRight % DigitsPerChunk; k > 0; k--)
            {
                chunkValue /= 10;
            }
            digits[i] = (char)('0' + (int)(chunkValue % 10));
        }
        int integerDigits = totalDigits - decimals;
        for (int i = 0; i < integerDigits; i++)
        {
            buffer[length + i] = digits[i];
        }
        length += integerDigits;
        if (decimals > 0)
        {
            buffer[length++] = '.';
            length += decimals; // the decimals already sit right after the point
        }
        return length;
    }

    // round_half_even(value * 10^decimals) for a positive finite double, into `number`.
    private static int ScaledAndRounded(ulong bits, int decimals, uint* number)
    {
        int biased = (int)(bits >> 52);
        ulong m = bits & ((1UL << 52) - 1);
        if (biased != 0)
        {
            m |= 1UL << 52;
        }
        int e2 = biased == 0 ? -1074 : biased - 1075;
        FixedBigInteger.SetUInt64(number, out int length, m);
        FixedBigInteger.MultiplyPow5(number, ref length, decimals);
        int twos = e2 + decimals; // value * 10^d = m * 5^d * 2^twos
        if (twos >= 0)
        {
            FixedBigInteger.ShiftLeft(number, ref length, twos);
            return length;
        }
        int shift = -twos;
        bool roundBit = FixedBigInteger.TestBit(number, length, shift - 1);
        bool sticky = FixedBigInteger.AnyBitBelow(number, length, shift - 1);
        FixedBigInteger.ShiftRight(number, ref length, shift);
        bool odd = FixedBigInteger.TestBit(number, length, 0);
        if (roundBit && (sticky || odd))
        {
            FixedBigInteger.MultiplyAdd(number, ref length, 1, 1);
        }
        return length;
    }
}
