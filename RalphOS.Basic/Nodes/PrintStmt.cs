// PRINT: items separated by ";" (nothing between) or "," (next 14-column zone), TAB(n)
// and SPC(n). Numbers print with a leading space when not negative and a trailing space.
// A final ";" or "," suppresses the newline.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum PrintItemKind { Number, Text, Comma, Tab, Spc }

internal struct PrintItem
{
    public PrintItemKind Kind;
    public NumExpr Num;
    public StrExpr Str;
}

internal sealed class PrintStmt : Stmt
{
    private readonly PrintItem[] _items;
    private readonly bool _newLine;
    public PrintStmt(PrintItem[] items, bool newLine) { _items = items; _newLine = newLine; }

    public override void Execute(Machine m)
    {
        for (int i = 0; i < _items.Length; i++)
        {
            PrintItem it = _items[i];
            switch (it.Kind)
            {
                case PrintItemKind.Number:
                    double v = it.Num.Eval(m);
                    if (m.Signal != 0) return;
                    string t = NumberFormatter.Format(v);
                    m.Write(v >= 0 ? " " + t + " " : t + " ");
                    break;
                case PrintItemKind.Text:
                    string s = it.Str.Eval(m);
                    if (m.Signal != 0) return;
                    m.Write(s);
                    break;
                case PrintItemKind.Comma:
                    m.NextZone();
                    break;
                case PrintItemKind.Tab:
                    double col = it.Num.Eval(m);
                    if (m.Signal != 0) return;
                    m.Tab(col);
                    break;
                default:
                    double n = it.Num.Eval(m);
                    if (m.Signal != 0) return;
                    if (n > 0) m.Write(new string(' ', n > 255 ? 255 : (int)n));
                    break;
            }
        }
        if (_newLine) m.NewLine();
    }
}
