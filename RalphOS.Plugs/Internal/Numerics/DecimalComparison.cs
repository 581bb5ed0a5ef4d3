// DecimalComparison: the exact slow path of DoubleParser. Compares the decimal number (up to
// MaxDigits significant digits; further non-zero digits act as a final '1', which cannot
// change a comparison with a halfway point because those need at most 767 digits) with the
// point halfway between a candidate double and its successor, using FixedBigInteger, and
// moves the candidate until it is the correctly rounded result (ties to even).
// Interface: Resolve(text, ref number, candidateBits) -> bits. Caller: DoubleParser.
namespace Internal.Numerics;

internal static unsafe class DecimalComparison
{
    private const int MaxDigits = 800;
    private const int DigitsPerChunk = 9;
    private const uint ChunkScale = 1_000_000_000;
    private const ulong PositiveInfinityBits = 0x7FF0_0000_0000_0000UL;
    private const int MaxCandidateMoves = 4;

    public static ulong Resolve(char* text, ref DecimalScanner.Number number, ulong bits)
    {
        uint* digits = stackalloc uint[FixedBigInteger.Capacity];
        int digitsLength = 0;
        int digitCount = number.SignificantDigits < MaxDigits ? number.SignificantDigits : MaxDigits;
        bool dropped = ReadDigits(text, number.MantissaStart, number.MantissaEnd, digitCount, digits, ref digitsLength);
        // number.Exponent applies to the StoredDigits-digit prefix; rescale to digitCount.
        int e10 = number.Exponent + number.StoredDigits - digitCount;
        if (dropped)
        {
            FixedBigInteger.MultiplyAdd(digits, ref digitsLength, 10, 1);
            e10--;
        }
        uint* left = stackalloc uint[FixedBigInteger.Capacity];
        uint* right = stackalloc uint[FixedBigInteger.Capacity];
        for (int move = 0; move < MaxCandidateMoves; move++)
        {
            if (bits < PositiveInfinityBits)
            {
                int above = CompareWithHalfway(digits, digitsLength, e10, bits, left, right);
                if (above > 0 || (above == 0 && (bits & 1) != 0))
                {
                    bits++;
                    continue;
                }
            }
            if (bits > 0 && CompareWithHalfway(digits, digitsLength, e10, bits - 1, left, right) < 0)
            {
                bits--;
                continue;
            }
            // A tie at the lower halfway point goes to the even one of the two.
            if (bits > 0 && (bits & 1) != 0 && CompareWithHalfway(digits, digitsLength, e10, bits - 1, left, right) == 0)
            {
                bits--;
            }
            break;
        }
        return bits;
    }

    // Reads the first `count` significant digits; returns true if a later digit is non-zero.
    private static bool ReadDigits(char* text, int start, int end, int count, uint* digits, ref int length)
    {
        int taken = 0;
        uint chunk = 0;
        int chunkDigits = 0;
        bool dropped = false;
        for (int i = start; i < end; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit > 9 || (taken == 0 && digit == 0))
            {
                continue; // the point, or a leading zero
            }
            if (taken == count)
            {
                dropped |= digit != 0;
                continue;
            }
            chunk = chunk * 10 + digit;
            taken++;
            if (++chunkDigits == DigitsPerChunk)
            {
                FixedBigInteger.MultiplyAdd(digits, ref length, ChunkScale, chunk);
                chunk = 0;
                chunkDigits = 0;
            }
        }
        if (chunkDigits > 0)
        {
            uint scale = 1;
            for (int i = 0; i < chunkDigits; i++)
            {
                scale *= 10;
            }
            FixedBigInteger.MultiplyAdd(digits, ref length, scale, chunk);
        }
        return dropped;
    }

    // Sign of (digits * 10^e10) - (halfway point between the double `bits` and its successor).
    private static int CompareWithHalfway(uint* digits, int digitsLength, int e10, ulong bits, uint* left, uint* right)
    {
        int biased = (int)(bits >> 52);
        ulong fraction = bits & ((1UL << 52) - 1);
        ulong m = biased == 0 ? fraction : fraction | (1UL << 52);
        int e2 = biased == 0 ? -1074 : biased - 1075;
        // halfway = (2m + 1) * 2^(e2 - 1)
        for (int i = 0; i < digitsLength; i++)
        {
            left[i] = digits[i];
        }
        int leftLength = digitsLength;
        FixedBigInteger.SetUInt64(right, out int rightLength, 2 * m + 1);
        if (e10 >= 0)
        {
            FixedBigInteger.MultiplyPow5(left, ref leftLength, e10);
        }
        else
        {
            FixedBigInteger.MultiplyPow5(right, ref rightLength, -e10);
        }
        int leftTwos = e10;
        int rightTwos = e2 - 1;
        int common = leftTwos < rightTwos ? leftTwos : rightTwos;
        FixedBigInteger.ShiftLeft(left, ref leftLength, leftTwos - common);
        FixedBigInteger.ShiftLeft(right, ref rightLength, rightTwos - common);
        return FixedBigInteger.Compare(left, leftLength, right, rightLength);
    }
}
