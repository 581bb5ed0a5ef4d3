// PrintUsingFormatter: walks a PRINT USING format string for one PRINT USING statement:
// the literal text up to each field, then the field (UsingField) that formats the next
// value. When the values outlast the fields, the format starts again from its beginning;
// after the last value, the literal text up to the next field or the end is printed too.
// "_" makes the next character literal ("_#" prints "#"; a final "_" prints itself).
// Used by PrintUsingStmt; pure logic, host-tested.
using System.Text;

namespace RalphOS.Basic.Runtime;

internal sealed class PrintUsingFormatter
{
    private const char Escape = '_';

    private readonly string _format;
    private int _position;
    private bool _sawField;

    public PrintUsingFormatter(string format) { _format = format; }

    /// <summary>
    /// Appends the literal text before the next field to literal and returns the field
    /// (wrapping around once the format is used up), or null when the format has no field
    /// at all, which GW-BASIC reports as "Illegal function call" after printing the text.
    /// </summary>
    public UsingField NextField(StringBuilder literal)
    {
        while (true)
        {
            if (_position >= _format.Length)
            {
                if (!_sawField) return null;
                _position = 0;
            }
            UsingField field = ScanLiteral(literal);
            if (field != null)
            {
                _sawField = true;
                _position += field.Width;
                return field;
            }
        }
    }

    /// <summary>After the last value: the literal text up to the next field or the end.</summary>
    public void AppendTrailing(StringBuilder literal)
    {
        if (_position < _format.Length) ScanLiteral(literal);
    }

    /// <summary>Copies literal characters from the position until a field starts (returned,
    /// not consumed) or the format ends (null).</summary>
    private UsingField ScanLiteral(StringBuilder literal)
    {
        while (_position < _format.Length)
        {
            char c = _format[_position];
            if (c == Escape)
            {
                literal.Append(_position + 1 < _format.Length ? _format[_position + 1] : Escape);
                _position += 2;
                continue;
            }
            UsingField field = UsingField.At(_format, _position);
            if (field != null) return field;
            literal.Append(c);
            _position++;
        }
        return null;
    }
}
