// DecimalScanner: splits "digits[.digits][e[+-]digits]" into the first 19 significant digits
// (as an integer), a power of ten, and where the digits are, for DoubleParser.
// Interface: Scan(text, start, end, out number) -> false when the text is not exactly one
// such number (nothing may follow it). Caller: DoubleParser and DecimalComparison.
namespace Internal.Numerics;

internal static unsafe class DecimalScanner
{
    private const int MaxStoredDigits = 19;
    private const int ExponentLimit = 100000; // saturate: far beyond any finite non-zero result

    internal struct Number
    {
        public ulong Significand;      // the first StoredDigits significant digits
        public int StoredDigits;
        public int Exponent;           // value ~= Significand * 10^Exponent
        public int SignificantDigits;  // all significant digits, from the first non-zero one
        public bool Truncated;         // a non-zero digit beyond StoredDigits was dropped
        public int MantissaStart;      // char range of the digits and the point
        public int MantissaEnd;
    }

    public static bool Scan(char* text, int i, int end, out Number number)
    {
        number = default;
        number.MantissaStart = i;
        bool anyDigit = false;
        bool afterPoint = false;
        int scale = 0;
        for (; i < end; i++)
        {
            char c = text[i];
            if (c == '.' && !afterPoint)
            {
                afterPoint = true;
                continue;
            }
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                break;
            }
            anyDigit = true;
            if (number.SignificantDigits == 0 && digit == 0)
            {
                scale -= afterPoint ? 1 : 0;
                continue;
            }
            number.SignificantDigits++;
            if (number.StoredDigits < MaxStoredDigits)
            {
                number.Significand = number.Significand * 10 + digit;
                number.StoredDigits++;
                scale -= afterPoint ? 1 : 0;
            }
            else
            {
                number.Truncated |= digit != 0;
                scale += afterPoint ? 0 : 1;
            }
        }
        number.MantissaEnd = i;
        if (!anyDigit)
        {
            return false;
        }
        int exponent = 0;
        if (i < end && (text[i] == 'e' || text[i] == 'E'))
        {
            int j = i + 1;
            bool negative = false;
            if (j < end && (text[j] == '+' || text[j] == '-'))
            {
                negative = text[j] == '-';
                j++;
            }
            if (j >= end || (uint)(text[j] - '0') > 9)
            {
                return false;
            }
            for (; j < end && (uint)(text[j] - '0') <= 9; j++)
            {
                if (exponent < ExponentLimit)
                {
                    exponent = exponent * 10 + (text[j] - '0');
                }
            }
            exponent = negative ? -exponent : exponent;
            i = j;
        }
        number.Exponent = scale + exponent;
        return i == end;
    }
}
