// String leaves and concatenation. Concatenation checks the result against the session
// memory limit before building it, so A$ = A$ + A$ in a loop ends in "Out of memory".
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class StrConst : StrExpr
{
    public readonly string Value;
    public StrConst(string value) { Value = value; }
    public override string Eval(Machine m) => Value;
}

internal sealed class StrVar : StrExpr
{
    public readonly int Slot;
    public StrVar(int slot) { Slot = slot; }
    public override string Eval(Machine m) => m.Strs[Slot];
}

internal sealed class Concat : StrExpr
{
    private readonly StrExpr _a, _b;
    public Concat(StrExpr a, StrExpr b) { _a = a; _b = b; }
    public override string Eval(Machine m)
    {
        string a = _a.Eval(m);
        string b = _b.Eval(m);
        if (!m.CanAllocateChars((long)a.Length + b.Length)) return "";
        return string.Concat(a, b);
    }
}
