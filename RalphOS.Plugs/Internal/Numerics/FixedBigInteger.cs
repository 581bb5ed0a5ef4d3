// FixedBigInteger: just enough unsigned big-integer arithmetic for exact decimal/binary
// conversion, on little-endian uint words in a caller-provided buffer of Capacity words
// (stackalloc uint[FixedBigInteger.Capacity]). `length` is the count of significant words.
// Results that would exceed Capacity are truncated; callers bound their inputs so this never
// happens (DoubleParser: at most 800 digits; FixedFormatter: at most 100 decimals).
// Callers: DoubleParser (slow exact path) and FixedFormatter.
namespace Internal.Numerics;

internal static unsafe class FixedBigInteger
{
    public const int Capacity = 160;

    // 5^13, the largest power of five below 2^32.
    private const uint FivePower13 = 1220703125;

    public static void SetUInt64(uint* words, out int length, ulong value)
    {
        words[0] = (uint)value;
        words[1] = (uint)(value >> 32);
        length = words[1] != 0 ? 2 : (words[0] != 0 ? 1 : 0);
    }

    // words = words * factor + addend.
    public static void MultiplyAdd(uint* words, ref int length, uint factor, uint addend)
    {
        ulong carry = addend;
        for (int i = 0; i < length; i++)
        {
            ulong product = (ulong)words[i] * factor + carry;
            words[i] = (uint)product;
            carry = product >> 32;
        }
        if (carry != 0 && length < Capacity)
        {
            words[length++] = (uint)carry;
        }
    }

    public static void MultiplyPow5(uint* words, ref int length, int exponent)
    {
        while (exponent >= 13)
        {
            MultiplyAdd(words, ref length, FivePower13, 0);
            exponent -= 13;
        }
        uint factor = 1;
        while (exponent-- > 0)
        {
            factor *= 5;
        }
        MultiplyAdd(words, ref length, factor, 0);
    }

    public static void ShiftLeft(uint* words, ref int length, int bits)
    {
        if (length == 0 || bits == 0)
        {
            return;
        }
        int wordShift = bits >> 5;
        int bitShift = bits & 31;
        int newLength = length + wordShift + 1;
        if (newLength > Capacity)
        {
            newLength = Capacity;
        }
        for (int i = newLength - 1; i >= wordShift; i--)
        {
            int source = i - wordShift;
            ulong high = source < length ? words[source] : 0u;
            ulong low = source - 1 >= 0 && source - 1 < length ? words[source - 1] : 0u;
            words[i] = (uint)(((high << 32 | low) << bitShift) >> 32);
        }
        for (int i = 0; i < wordShift && i < newLength; i++)
        {
            words[i] = 0;
        }
        length = newLength;
        Trim(words, ref length);
    }

    // Divides in place by a small divisor and returns the remainder.
    public static uint DivideSmall(uint* words, ref int length, uint divisor)
    {
        ulong remainder = 0;
        for (int i = length - 1; i >= 0; i--)
        {
            ulong current = remainder << 32 | words[i];
            ulong quotient = current / divisor;
            words[i] = (uint)quotient;
            remainder = current - quotient * divisor;
        }
        Trim(words, ref length);
        return (uint)remainder;
    }

    public static int Compare(uint* left, int leftLength, uint* right, int rightLength)
    {
        if (leftLength != rightLength)
        {
            return leftLength < rightLength ? -1 : 1;
        }
        for (int i = leftLength - 1; i >= 0; i--)
        {
            if (left[i] != right[i])
            {
                return left[i] < right[i] ? -1 : 1;
            }
        }
        return 0;
    }

    // Bit `index` (0 = least significant).
    public static bool TestBit(uint* words, int length, int index)
    {
        int word = index >> 5;
        return word < length && ((words[word] >> (index & 31)) & 1) != 0;
    }

    // True when any bit below `index` is set.
    public static bool AnyBitBelow(uint* words, int length, int index)
    {
        int word = index >> 5;
        for (int i = 0; i < word && i < length; i++)
        {
            if (words[i] != 0)
            {
                return true;
            }
        }
        return word < length && (words[word] & ((1u << (index & 31)) - 1)) != 0;
    }

    public static void ShiftRight(uint* words, ref int length, int bits)
    {
        int wordShift = bits >> 5;
        int bitShift = bits & 31;
        if (wordShift >= length)
        {
            length = 0;
            return;
        }
        int newLength = length - wordShift;
        for (int i = 0; i < newLength; i++)
        {
            ulong low = words[i + wordShift];
            ulong high = i + wordShift + 1 < length ? words[i + wordShift + 1] : 0u;
            words[i] = (uint)((high << 32 | low) >> bitShift);
        }
        length = newLength;
        Trim(words, ref length);
    }

    private static void Trim(uint* words, ref int length)
    {
        while (length > 0 && words[length - 1] == 0)
        {
            length--;
        }
    }
}
