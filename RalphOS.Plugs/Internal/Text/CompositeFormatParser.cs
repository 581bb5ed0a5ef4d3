// CompositeFormatParser: reads .NET composite format strings ("x = {0,8:F2}, {{literal}}"),
// the language of string.Format and StringBuilder.AppendFormat. Next copies literal text
// (with "{{" and "}}" unescaped) to the output and stops at each format item
// "{index[,alignment][:format]}", returning its parts; a malformed string (an unmatched
// brace, a missing index, numbers of a million or more) is an error, where .NET throws
// FormatException. Callers: System.String.Format and StringBuilder.AppendFormat, which format
// the argument and pad it to the alignment (negative: left-aligned).
using System.Text;

namespace Internal.Text;

internal enum CompositeFormatStep
{
    End,
    Item,
    Error,
}

internal struct CompositeFormatItem
{
    public int Index;
    public int Alignment;
    public string Format;
}

internal static class CompositeFormatParser
{
    // .NET's limits on the index and the alignment.
    private const int MaxNumber = 1_000_000;

    public static CompositeFormatStep Next(string format, ref int position, StringBuilder output, out CompositeFormatItem item)
    {
        item = default;
        while (position < format.Length)
        {
            char c = format[position++];
            if (c == '}')
            {
                if (position < format.Length && format[position] == '}')
                {
                    position++;
                    output.Append('}');
                    continue;
                }
                return CompositeFormatStep.Error;
            }
            if (c != '{')
            {
                output.Append(c);
                continue;
            }
            if (position < format.Length && format[position] == '{')
            {
                position++;
                output.Append('{');
                continue;
            }
            return ParseItem(format, ref position, out item);
        }
        return CompositeFormatStep.End;
    }

    // After the '{': index, optional alignment, optional format, '}'.
    private static CompositeFormatStep ParseItem(string format, ref int position, out CompositeFormatItem item)
    {
        item = default;
        if (!TryParseNumber(format, ref position, out item.Index))
        {
            return CompositeFormatStep.Error;
        }
        SkipSpaces(format, ref position);
        if (position < format.Length && format[position] == ',')
        {
            position++;
            SkipSpaces(format, ref position);
            bool leftAligned = position < format.Length && format[position] == '-';
            if (leftAligned)
            {
                position++;
            }
            if (!TryParseNumber(format, ref position, out int width))
            {
                return CompositeFormatStep.Error;
            }
            item.Alignment = leftAligned ? -width : width;
            SkipSpaces(format, ref position);
        }
        if (position < format.Length && format[position] == ':')
        {
            int start = ++position;
            while (position < format.Length && format[position] != '}')
            {
                if (format[position] == '{')
                {
                    return CompositeFormatStep.Error;
                }
                position++;
            }
            item.Format = format.Substring(start, position - start);
        }
        if (position >= format.Length || format[position] != '}')
        {
            return CompositeFormatStep.Error;
        }
        position++;
        return CompositeFormatStep.Item;
    }

    private static bool TryParseNumber(string format, ref int position, out int value)
    {
        value = 0;
        int start = position;
        while (position < format.Length && format[position] >= '0' && format[position] <= '9')
        {
            value = value * 10 + (format[position] - '0');
            position++;
            if (value >= MaxNumber)
            {
                return false;
            }
        }
        return position > start;
    }

    private static void SkipSpaces(string format, ref int position)
    {
        while (position < format.Length && format[position] == ' ')
        {
            position++;
        }
    }

    // Pads `text` to |alignment| chars with spaces: on the left for a positive alignment.
    public static void AppendAligned(StringBuilder output, string text, int alignment)
    {
        int width = alignment < 0 ? -alignment : alignment;
        int padding = width - (text == null ? 0 : text.Length);
        if (alignment > 0 && padding > 0)
        {
            output.Append(' ', padding);
        }
        output.Append(text);
        if (alignment < 0 && padding > 0)
        {
            output.Append(' ', padding);
        }
    }
}
