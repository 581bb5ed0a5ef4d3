// DecimalNumber: a number as decimal digits, the common input of the format layouts
// (StandardNumberFormatter, CustomNumberFormatter): value = 0.D1D2...Dn * 10^Scale, sign
// apart, digits without leading or trailing zeros (Count 0 is zero). The digits live in a
// caller-provided buffer of at least MaxDigits chars. FromUInt64 fills it from an integer's
// magnitude, FromDouble from a double's exact binary value (every double is a finite decimal
// fraction of at most 767 significant digits), so rounding it later is exact. Round cuts the
// digits at a position, half-up (what .NET does for integers and custom formats) or ties to
// even (what it does for doubles in standard formats, measured on .NET 10).
namespace Internal.Numerics;

internal enum MidpointRule
{
    AwayFromZero,
    ToEven,
}

internal unsafe struct DecimalNumber
{
    public const int MaxDigits = 800;
    private const uint ChunkScale = 1_000_000_000;
    private const int DigitsPerChunk = 9;
    private const int MaxChunks = MaxDigits / DigitsPerChunk + 1;

    public char* Digits;
    public int Count;
    public int Scale;
    public bool Negative;

    public DecimalNumber(char* buffer)
    {
        Digits = buffer;
        Count = 0;
        Scale = 0;
        Negative = false;
    }

    public bool IsZero => Count == 0;

    public void SetUInt64(ulong magnitude, bool negative)
    {
        Negative = negative;
        Count = magnitude == 0 ? 0 : IntegerFormatter.FormatUInt64(magnitude, Digits);
        Scale = Count;
        TrimTrailingZeros();
    }

    public void SetInt64(long value) => SetUInt64(value < 0 ? 0UL - (ulong)value : (ulong)value, value < 0);

    // The exact value of a finite double; the sign is the sign bit (so -0.0 is negative, as
    // .NET prints it: "-0.00").
    public void SetDouble(double value)
    {
        ulong bits = System.BitConverter.DoubleToUInt64Bits(value);
        Negative = (long)bits < 0;
        int biased = (int)(bits >> 52) & 0x7FF;
        ulong mantissa = bits & ((1UL << 52) - 1);
        if (biased != 0)
        {
            mantissa |= 1UL << 52;
        }
        int exponent2 = biased == 0 ? -1074 : biased - 1075;
        if (mantissa == 0)
        {
            Count = 0;
            Scale = 0;
            return;
        }
        uint* number = stackalloc uint[FixedBigInteger.Capacity];
        FixedBigInteger.SetUInt64(number, out int length, mantissa);
        int decimalExponent = 0;
        if (exponent2 >= 0)
        {
            FixedBigInteger.ShiftLeft(number, ref length, exponent2);
        }
        else
        {
            // m * 2^-k = m * 5^k / 10^k.
            FixedBigInteger.MultiplyPow5(number, ref length, -exponent2);
            decimalExponent = exponent2;
        }
        WriteDigits(number, length);
        Scale = Count + decimalExponent;
        TrimTrailingZeros();
    }

    // Keeps the first `keep` digits (keep <= 0 leaves at most a carried "1"), rounding what
    // is cut by `rule`.
    public void Round(int keep, MidpointRule rule)
    {
        if (keep >= Count)
        {
            return;
        }
        if (keep < 0)
        {
            Count = 0;
            Scale = 0;
            return;
        }
        char cut = Digits[keep];
        bool up = cut > '5';
        if (cut == '5')
        {
            bool beyond = false;
            for (int i = keep + 1; i < Count && !beyond; i++)
            {
                beyond = Digits[i] != '0';
            }
            char previous = keep > 0 ? Digits[keep - 1] : '0';
            up = rule == MidpointRule.AwayFromZero || beyond || ((previous - '0') & 1) == 1;
        }
        Count = keep;
        if (up)
        {
            int i = Count - 1;
            while (i >= 0 && Digits[i] == '9')
            {
                i--;
            }
            if (i < 0)
            {
                Digits[0] = '1';
                Count = 1;
                Scale++;
            }
            else
            {
                Digits[i]++;
                Count = i + 1;
            }
        }
        TrimTrailingZeros();
        if (Count == 0)
        {
            Scale = 0;
        }
    }

    // The digit at `index` (0 = first significant digit), '0' outside the digits.
    public char DigitAt(int index) => index >= 0 && index < Count ? Digits[index] : '0';

    private void WriteDigits(uint* number, int length)
    {
        uint* chunks = stackalloc uint[MaxChunks];
        int chunkCount = 0;
        do
        {
            chunks[chunkCount++] = FixedBigInteger.DivideSmall(number, ref length, ChunkScale);
        }
        while (length > 0);
        Count = IntegerFormatter.FormatUInt64(chunks[chunkCount - 1], Digits);
        for (int i = chunkCount - 2; i >= 0; i--)
        {
            IntegerFormatter.WriteDigits(chunks[i], DigitsPerChunk, Digits + Count);
            Count += DigitsPerChunk;
        }
    }

    private void TrimTrailingZeros()
    {
        while (Count > 0 && Digits[Count - 1] == '0')
        {
            Count--;
        }
    }
}
