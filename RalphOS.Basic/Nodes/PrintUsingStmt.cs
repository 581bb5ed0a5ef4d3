// PRINT USING format$; value [; value ...] [;]: formatted output (GW-BASIC). The format
// is evaluated when the statement runs; PrintUsingFormatter splits it into literal text
// and fields, UsingField formats each value. Errors: an empty format or one without any
// field is "Illegal function call", a string for a number field (or the reverse) "Type
// mismatch". "," and ";" between values both print nothing; a final one keeps the line.
using System.Text;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class PrintUsingStmt : Stmt
{
    private readonly StrExpr _format;
    private readonly Expr[] _values;
    private readonly bool _newLine;

    public PrintUsingStmt(StrExpr format, Expr[] values, bool newLine)
    {
        _format = format;
        _values = values;
        _newLine = newLine;
    }

    public override void Execute(Machine m)
    {
        string format = _format.Eval(m);
        if (m.Signal != 0) return;
        if (format.Length == 0) { m.Fail(ErrorCode.IllegalFunctionCall); return; }
        var formatter = new PrintUsingFormatter(format);
        var literal = new StringBuilder();
        for (int i = 0; i < _values.Length; i++)
        {
            literal.Clear();
            UsingField field = formatter.NextField(literal);
            m.Write(literal.ToString());
            if (field == null) { m.Fail(ErrorCode.IllegalFunctionCall); return; }
            string text = FormatValue(m, field, _values[i]);
            if (text == null) return;
            m.Write(text);
        }
        literal.Clear();
        formatter.AppendTrailing(literal);
        m.Write(literal.ToString());
        if (_newLine) m.NewLine();
    }

    /// <summary>The value's text in its field, or null after failing the machine.</summary>
    private static string FormatValue(Machine m, UsingField field, Expr value)
    {
        if (value is StrExpr s)
        {
            if (!field.IsString) { m.Fail(ErrorCode.TypeMismatch); return null; }
            string text = s.Eval(m);
            return m.Signal != 0 ? null : field.FormatString(text);
        }
        if (field.IsString) { m.Fail(ErrorCode.TypeMismatch); return null; }
        double x = ((NumExpr)value).Eval(m);
        if (m.Signal != 0) return null;
        string number = field.FormatNumber(x);
        if (number == null) m.Fail(ErrorCode.IllegalFunctionCall);
        return number;
    }
}
