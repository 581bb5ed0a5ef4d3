// String.Format: composite formatting ("{0,8:F2}") as .NET's, invariant culture. The
// format string is read by Internal.Text.CompositeFormatParser; each argument is formatted
// with its IFormattable.ToString(format, provider) when it has one, else ToString(), and
// padded to the item's alignment. Errors throw FormatException with .NET's messages.
// StringBuilder.AppendFormat shares AppendFormatted.
using System.Text;
using Internal.Text;

namespace System;

public sealed partial class String
{
    public static string Format(string format, object arg0) => Format(null, format, new[] { arg0 });
    public static string Format(string format, object arg0, object arg1) => Format(null, format, new[] { arg0, arg1 });
    public static string Format(string format, object arg0, object arg1, object arg2) => Format(null, format, new[] { arg0, arg1, arg2 });
    public static string Format(string format, params object[] args) => Format(null, format, args);
    public static string Format(IFormatProvider provider, string format, object arg0) => Format(provider, format, new[] { arg0 });
    public static string Format(IFormatProvider provider, string format, object arg0, object arg1) => Format(provider, format, new[] { arg0, arg1 });

    public static string Format(IFormatProvider provider, string format, params object[] args)
    {
        var output = new StringBuilder(format == null ? 0 : format.Length + 16);
        AppendFormatted(output, provider, format, args);
        return output.ToString();
    }

    internal static void AppendFormatted(StringBuilder output, IFormatProvider provider, string format, object[] args)
    {
        if (format == null)
            throw new ArgumentNullException("format");
        if (args == null)
            throw new ArgumentNullException("args");
        int position = 0;
        while (true)
        {
            CompositeFormatStep step = CompositeFormatParser.Next(format, ref position, output, out CompositeFormatItem item);
            if (step == CompositeFormatStep.End)
                return;
            if (step == CompositeFormatStep.Error)
                throw new FormatException("Input string was not in a correct format.");
            if (item.Index >= args.Length)
                throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
            CompositeFormatParser.AppendAligned(output, FormatArgument(args[item.Index], item.Format, provider), item.Alignment);
        }
    }

    // One argument as .NET formats it: IFormattable with the item's format, else ToString().
    internal static string FormatArgument(object value, string format, IFormatProvider provider)
    {
        if (value is IFormattable formattable)
            return formattable.ToString(format, provider);
        return value?.ToString();
    }
}
