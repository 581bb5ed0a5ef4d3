// StandardNumberFormatter: .NET's standard numeric format strings ("C", "D", "E", "F", "G",
// "N", "P", "R", each with an optional precision such as "F2" or "E3") laid out for the
// invariant culture: '.' decimal point, ',' groups of three, "n %" percents, "¤n" and "(¤n)"
// currency, exponents "E+003" ("E") and "E+03" ("G"). Input is a DecimalNumber; integers
// round half away from zero, doubles ties to even (both as .NET 10 does). "X" and "R" of a
// double are the caller's (Number). TryParseSpecifier says whether a format is standard
// (a letter and at most nine digits) or custom (CustomNumberFormatter).
// Callers: System.Number's ToString(format) of every primitive.
using System.Text;

namespace Internal.Numerics;

internal enum NumberKind
{
    Integer,
    Double,
}

internal static class StandardNumberFormatter
{
    // .NET's defaults: six exponent-format digits, two decimals for C, F, N and P.
    private const int DefaultExponentPrecision = 6;
    private const int DefaultDecimals = 2;
    private const int ExponentDigitsE = 3;
    private const int ExponentDigitsG = 2;
    private const int MaxPrecisionDigits = 9;
    private const char CurrencySymbol = '\u00A4';

    public static bool TryParseSpecifier(string format, out char specifier, out int precision)
    {
        specifier = 'G';
        precision = -1;
        if (format == null || format.Length == 0)
        {
            return true;
        }
        char letter = format[0];
        if (!((letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z')) || format.Length > MaxPrecisionDigits + 1)
        {
            return false;
        }
        int value = 0;
        for (int i = 1; i < format.Length; i++)
        {
            char c = format[i];
            if (c < '0' || c > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        specifier = letter;
        precision = format.Length > 1 ? value : -1;
        return true;
    }

    // Appends `number` laid out by the specifier; false when the specifier is unknown or does
    // not apply to the kind (D of a double): .NET throws FormatException there.
    public static bool TryFormat(ref DecimalNumber number, char specifier, int precision, NumberKind kind, StringBuilder output)
    {
        MidpointRule rule = kind == NumberKind.Integer ? MidpointRule.AwayFromZero : MidpointRule.ToEven;
        bool lower = specifier >= 'a';
        switch (lower ? (char)(specifier - 32) : specifier)
        {
            case 'C':
                number.Round(number.Scale + DecimalsOr(precision), rule);
                output.Append(number.Negative ? "(" : "").Append(CurrencySymbol);
                AppendFixed(ref number, DecimalsOr(precision), true, output);
                output.Append(number.Negative ? ")" : "");
                return true;
            case 'D':
                if (kind != NumberKind.Integer)
                {
                    return false;
                }
                AppendSign(ref number, output);
                for (int i = number.Scale > 0 ? number.Scale : 1; i < precision; i++)
                {
                    output.Append('0');
                }
                AppendFixed(ref number, 0, false, output);
                return true;
            case 'E':
                int digits = (precision < 0 ? DefaultExponentPrecision : precision) + 1;
                number.Round(digits, rule);
                AppendSign(ref number, output);
                AppendScientific(ref number, digits, lower ? 'e' : 'E', ExponentDigitsE, output);
                return true;
            case 'F':
            case 'N':
                number.Round(number.Scale + DecimalsOr(precision), rule);
                AppendSign(ref number, output);
                AppendFixed(ref number, DecimalsOr(precision), specifier == 'N' || specifier == 'n', output);
                return true;
            case 'G':
            case 'R':
                AppendGeneral(ref number, specifier == 'R' || specifier == 'r' ? -1 : precision, rule, lower ? 'e' : 'E', output);
                return true;
            case 'P':
                if (!number.IsZero)
                {
                    number.Scale += 2;
                }
                number.Round(number.Scale + DecimalsOr(precision), rule);
                AppendSign(ref number, output);
                AppendFixed(ref number, DecimalsOr(precision), true, output);
                output.Append(" %");
                return true;
            default:
                return false;
        }
    }

    private static int DecimalsOr(int precision) => precision < 0 ? DefaultDecimals : precision;

    private static void AppendSign(ref DecimalNumber number, StringBuilder output)
    {
        if (number.Negative)
        {
            output.Append('-');
        }
    }

    // The integer part (grouped by three when asked), then `decimals` decimals.
    public static void AppendFixed(ref DecimalNumber number, int decimals, bool grouped, StringBuilder output)
    {
        int integerDigits = number.Scale > 0 ? number.Scale : 1;
        int first = number.Scale > 0 ? 0 : number.Scale - 1;
        for (int i = 0; i < integerDigits; i++)
        {
            if (grouped && i > 0 && (integerDigits - i) % 3 == 0)
            {
                output.Append(',');
            }
            output.Append(number.DigitAt(first + i));
        }
        if (decimals > 0)
        {
            output.Append('.');
            for (int i = 0; i < decimals; i++)
            {
                output.Append(number.DigitAt(number.Scale + i));
            }
        }
    }

    // d.ddd (digits in all, zero padded) then the exponent with its sign.
    private static void AppendScientific(ref DecimalNumber number, int digits, char exponentLetter, int minExponentDigits, StringBuilder output)
    {
        output.Append(number.DigitAt(0));
        if (digits > 1)
        {
            output.Append('.');
            for (int i = 1; i < digits; i++)
            {
                output.Append(number.DigitAt(i));
            }
        }
        AppendExponent(number.IsZero ? 0 : number.Scale - 1, exponentLetter, minExponentDigits, output);
    }

    public static void AppendExponent(int exponent, char exponentLetter, int minDigits, StringBuilder output)
    {
        output.Append(exponentLetter).Append(exponent < 0 ? '-' : '+');
        string text = (exponent < 0 ? -exponent : exponent).ToString();
        for (int i = text.Length; i < minDigits; i++)
        {
            output.Append('0');
        }
        output.Append(text);
    }

    // "G": the shortest of plain and scientific notation for `precision` significant digits
    // (all of them when precision is absent), no trailing zeros. Scientific when the exponent
    // reaches the precision or is below -4.
    private static void AppendGeneral(ref DecimalNumber number, int precision, MidpointRule rule, char exponentLetter, StringBuilder output)
    {
        int maxDigits = precision > 0 ? precision : number.Count > number.Scale ? number.Count : number.Scale;
        number.Round(maxDigits, rule);
        AppendSign(ref number, output);
        if (number.IsZero)
        {
            output.Append('0');
            return;
        }
        if (number.Scale > maxDigits || number.Scale < -3)
        {
            AppendScientific(ref number, number.Count, exponentLetter, ExponentDigitsG, output);
            return;
        }
        int decimals = number.Count > number.Scale ? number.Count - number.Scale : 0;
        AppendFixed(ref number, decimals, false, output);
    }
}
