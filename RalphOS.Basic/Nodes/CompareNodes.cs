// Relational operators: -1 for true, 0 for false (MS BASIC); IsTrue skips the conversion
// when the comparison is an IF or WHILE condition. String comparison is ordinal.
using System.Runtime.CompilerServices;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum CompareOp { Eq, Ne, Lt, Le, Gt, Ge }

internal static class CompareOps
{
    // The one place an operator is applied; inlined into every comparison node, so each
    // node still pays a single switch and no call (the specialised nodes exist for speed).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(CompareOp op, double a, double b)
    {
        switch (op)
        {
            case CompareOp.Eq: return a == b;
            case CompareOp.Ne: return a != b;
            case CompareOp.Lt: return a < b;
            case CompareOp.Le: return a <= b;
            case CompareOp.Gt: return a > b;
            default: return a >= b;
        }
    }
}

internal sealed class NumLess : NumExpr
{
    private readonly NumExpr _a, _b;
    public NumLess(NumExpr a, NumExpr b) { _a = a; _b = b; }
    public override bool IsTrue(Machine m) => _a.Eval(m) < _b.Eval(m);
    public override double Eval(Machine m) => IsTrue(m) ? -1 : 0;
}

internal sealed class NumCompare : NumExpr
{
    private readonly NumExpr _a, _b;
    private readonly CompareOp _op;
    public NumCompare(CompareOp op, NumExpr a, NumExpr b) { _op = op; _a = a; _b = b; }
    public override bool IsTrue(Machine m)
    {
        double a = _a.Eval(m);
        return CompareOps.Holds(_op, a, _b.Eval(m));
    }
    public override double Eval(Machine m) => IsTrue(m) ? -1 : 0;
}

internal sealed class StrCompare : NumExpr
{
    private readonly StrExpr _a, _b;
    private readonly CompareOp _op;
    public StrCompare(CompareOp op, StrExpr a, StrExpr b) { _op = op; _a = a; _b = b; }
    public override bool IsTrue(Machine m)
    {
        return CompareOps.Holds(_op, string.CompareOrdinal(_a.Eval(m), _b.Eval(m)), 0);
    }
    public override double Eval(Machine m) => IsTrue(m) ? -1 : 0;
}

internal enum LogicOp { And, Or, Xor, Eqv, Imp }

/// <summary>Bitwise logic on 64-bit integers (so -1 is true and NOT 0 = -1).</summary>
internal sealed class Logic : NumExpr
{
    private readonly NumExpr _a, _b;
    private readonly LogicOp _op;
    public Logic(LogicOp op, NumExpr a, NumExpr b) { _op = op; _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        long a = m.ToInteger(_a.Eval(m));
        long b = m.ToInteger(_b.Eval(m));
        switch (_op)
        {
            case LogicOp.And: return a & b;
            case LogicOp.Or: return a | b;
            case LogicOp.Xor: return a ^ b;
            case LogicOp.Eqv: return ~(a ^ b);
            default: return (~a) | b;
        }
    }
}

internal sealed class Not : NumExpr
{
    private readonly NumExpr _a;
    public Not(NumExpr a) { _a = a; }
    public override double Eval(Machine m) => ~m.ToInteger(_a.Eval(m));
}
