// System.IFormattable: a value that formats itself with a format string ("X8", "F2",
// "yyyy-MM-dd"); string.Format, StringBuilder.AppendFormat and interpolation call it.
namespace System;

public interface IFormattable
{
    string ToString(string format, IFormatProvider formatProvider);
}
