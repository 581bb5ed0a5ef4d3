// CustomNumberFormatter: .NET's custom numeric format strings for the invariant culture:
// '0' (digit or zero) and '#' (digit if significant) placeholders, '.' the decimal point,
// ',' between placeholders (groups of three) or right before the point or the end (divide by
// 1000), '%' (times 100), "E+0"/"E-0"/"e0" scientific notation, 'quoted' and "quoted"
// literals, '\' escapes, and up to three sections "positive;negative;zero". The number
// arrives already cut to its significant digits (15 for a double, as .NET); rounding to the
// format's decimals is half away from zero. Caller: System.Number's ToString(format).
using System.Text;

namespace Internal.Numerics;

internal static class CustomNumberFormatter
{
    private struct SectionShape
    {
        public int IntegerPlaceholders;
        public int MinIntegerDigits;
        public int DecimalPlaceholders;
        public int MinDecimals;
        public bool HasPoint;
        public bool Grouped;
        public int ScaleDown;
        public int Percents;
        public bool Scientific;
    }

    public static void Format(ref DecimalNumber number, string format, NumberKind kind, StringBuilder output)
    {
        int section = number.Negative ? 1 : 0;
        int start = SectionStart(format, section, out bool found);
        if (!found)
        {
            start = SectionStart(format, 0, out _);
            section = 0;
        }
        SectionShape shape = Measure(format, start);
        int exponent = Scale(ref number, shape);
        if (number.IsZero)
        {
            // A zero result takes the zero section, or the first; an integer loses its sign,
            // a double keeps it (-0.001 is "-0.00" in .NET).
            if (kind == NumberKind.Integer)
            {
                number.Negative = false;
            }
            int zeroStart = SectionStart(format, 2, out bool hasZeroSection);
            section = hasZeroSection ? 2 : 0;
            start = hasZeroSection ? zeroStart : SectionStart(format, 0, out _);
            shape = Measure(format, start);
        }
        var text = new StringBuilder();
        Emit(ref number, format, start, shape, exponent, text);
        // The sign only precedes something: "#" of -0.001 is "" in .NET.
        if (number.Negative && section == 0 && text.Length > 0)
        {
            output.Append('-');
        }
        output.Append(text);
    }

    // Applies percents and scaling commas, rounds to the format's decimals; returns the
    // exponent of scientific notation (0 otherwise).
    private static int Scale(ref DecimalNumber number, SectionShape shape)
    {
        if (!number.IsZero)
        {
            number.Scale += 2 * shape.Percents - 3 * shape.ScaleDown;
        }
        if (!shape.Scientific)
        {
            number.Round(number.Scale + shape.DecimalPlaceholders, MidpointRule.AwayFromZero);
            return 0;
        }
        // The mantissa keeps as many integer digits as the format has placeholders.
        number.Round(shape.IntegerPlaceholders + shape.DecimalPlaceholders, MidpointRule.AwayFromZero);
        return number.IsZero ? 0 : number.Scale - shape.IntegerPlaceholders;
    }

    // Where section `index` (0-based) begins; found is false when the format has fewer.
    private static int SectionStart(string format, int index, out bool found)
    {
        int position = 0;
        for (int i = 0; i < index; i++)
        {
            position = SectionEnd(format, position) + 1;
            if (position > format.Length)
            {
                found = false;
                return 0;
            }
        }
        found = position < format.Length || index == 0;
        if (index > 0 && position < format.Length && format[position] == ';')
        {
            found = false; // an empty section means "use the first"
        }
        return position;
    }

    private static int SectionEnd(string format, int i)
    {
        while (i < format.Length && format[i] != ';')
        {
            i = SkipLiteral(format, i);
        }
        return i;
    }

    // The index after the char or quoted run at i.
    private static int SkipLiteral(string format, int i)
    {
        char c = format[i];
        if (c == '\\')
        {
            return i + 2 <= format.Length ? i + 2 : i + 1;
        }
        if (c == '\'' || c == '"')
        {
            int close = i + 1;
            while (close < format.Length && format[close] != c)
            {
                close++;
            }
            return close + 1 <= format.Length ? close + 1 : format.Length;
        }
        return i + 1;
    }

    private static SectionShape Measure(string format, int start)
    {
        var shape = new SectionShape();
        int end = SectionEnd(format, start);
        int pendingCommas = 0;
        for (int i = start; i < end; i = SkipLiteral(format, i))
        {
            char c = format[i];
            if (c == '0' || c == '#')
            {
                if (pendingCommas > 0 && !shape.HasPoint && (shape.IntegerPlaceholders > 0))
                {
                    shape.Grouped = true;
                }
                pendingCommas = 0;
                if (shape.HasPoint)
                {
                    shape.DecimalPlaceholders++;
                    if (c == '0')
                        shape.MinDecimals = shape.DecimalPlaceholders;
                }
                else
                {
                    shape.IntegerPlaceholders++;
                    if (c == '0' && shape.MinIntegerDigits == 0)
                        shape.MinIntegerDigits = -shape.IntegerPlaceholders; // fixed up below
                }
            }
            else if (c == ',' && !shape.HasPoint && !shape.Scientific)
            {
                pendingCommas++;
            }
            else if (c == '.' && !shape.HasPoint)
            {
                shape.ScaleDown += pendingCommas;
                pendingCommas = 0;
                shape.HasPoint = true;
            }
            else if (c == '%')
            {
                shape.Percents++;
            }
            else if ((c == 'E' || c == 'e') && IsExponentStart(format, i + 1, end))
            {
                shape.Scientific = true;
                i++; // the exponent's sign and zeros are not placeholders
                while (i + 1 < end && (format[i + 1] == '0' || format[i + 1] == '+' || format[i + 1] == '-'))
                {
                    i++;
                }
            }
        }
        if (!shape.HasPoint)
        {
            shape.ScaleDown += pendingCommas;
        }
        if (shape.MinIntegerDigits < 0)
        {
            shape.MinIntegerDigits = shape.IntegerPlaceholders + shape.MinIntegerDigits + 1;
        }
        return shape;
    }

    private static bool IsExponentStart(string format, int i, int end)
    {
        if (i < end && (format[i] == '+' || format[i] == '-'))
        {
            i++;
        }
        return i < end && format[i] == '0';
    }

    // Writes the section, placeholders replaced by digits; `exponent` is the scientific
    // exponent (0 otherwise).
    private static void Emit(ref DecimalNumber number, string format, int start, SectionShape shape, int exponent, StringBuilder output)
    {
        int end = SectionEnd(format, start);
        int integerDigits = shape.Scientific ? shape.IntegerPlaceholders : (number.Scale > 0 ? number.Scale : 0);
        int scale = shape.Scientific ? shape.IntegerPlaceholders : number.Scale;
        int shownInteger = integerDigits > shape.MinIntegerDigits ? integerDigits : shape.MinIntegerDigits;
        int significantDecimals = number.Count - scale > 0 ? number.Count - scale : 0;
        int shownDecimals = significantDecimals > shape.MinDecimals ? significantDecimals : shape.MinDecimals;
        if (shownDecimals > shape.DecimalPlaceholders)
            shownDecimals = shape.DecimalPlaceholders;
        int integerSeen = 0;
        int decimalSeen = 0;
        bool pastPoint = false;
        for (int i = start; i < end; )
        {
            char c = format[i];
            int next = SkipLiteral(format, i);
            if ((c == '0' || c == '#') && !pastPoint)
            {
                int position = shape.IntegerPlaceholders - integerSeen; // 1 = units
                integerSeen++;
                int from = integerSeen == 1 ? shownInteger : position;
                for (int p = from; p >= position; p--)
                {
                    if (p > shownInteger)
                        continue;
                    output.Append(number.DigitAt(scale - p));
                    if (shape.Grouped && p > 1 && (p - 1) % 3 == 0)
                        output.Append(',');
                }
            }
            else if ((c == '0' || c == '#') && pastPoint)
            {
                if (decimalSeen < shownDecimals)
                    output.Append(number.DigitAt(scale + decimalSeen));
                decimalSeen++;
            }
            else if (c == '.' && !pastPoint)
            {
                pastPoint = true;
                if (shownDecimals > 0)
                    output.Append('.');
            }
            else if ((c == 'E' || c == 'e') && IsExponentStart(format, i + 1, end))
            {
                next = EmitExponent(format, i, end, exponent, output);
            }
            else if (c == ',')
            {
                // grouping and scaling commas print nothing themselves
            }
            else if (c == '\\')
            {
                if (i + 1 < end)
                    output.Append(format[i + 1]);
            }
            else if (c == '\'' || c == '"')
            {
                output.Append(format, i + 1, next - i - 2 >= 0 ? next - i - 2 : 0);
            }
            else
            {
                output.Append(c);
            }
            i = next;
        }
    }

    private static int EmitExponent(string format, int i, int end, int exponent, StringBuilder output)
    {
        output.Append(format[i]);
        i++;
        bool alwaysSign = format[i] == '+';
        if (format[i] == '+' || format[i] == '-')
        {
            i++;
        }
        int minDigits = 0;
        while (i < end && format[i] == '0')
        {
            minDigits++;
            i++;
        }
        if (exponent < 0)
            output.Append('-');
        else if (alwaysSign)
            output.Append('+');
        string digits = (exponent < 0 ? -exponent : exponent).ToString();
        for (int k = digits.Length; k < minDigits; k++)
            output.Append('0');
        output.Append(digits);
        return i;
    }
}
