// Numeric leaves and arithmetic operators. Operators check for overflow (an infinite
// result) and division by zero, as GW-BASIC does, and report them through Machine.Fail.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class NumConst : NumExpr
{
    public readonly double Value;
    public NumConst(double value) { Value = value; }
    public override double Eval(Machine m) => Value;
}

internal sealed class NumVar : NumExpr
{
    public readonly int Slot;
    public NumVar(int slot) { Slot = slot; }
    public override double Eval(Machine m) => m.Nums[Slot];
}

internal sealed class Negate : NumExpr
{
    private readonly NumExpr _a;
    public Negate(NumExpr a) { _a = a; }
    public override double Eval(Machine m) => -_a.Eval(m);
}

internal sealed class Add : NumExpr
{
    private readonly NumExpr _a, _b;
    public Add(NumExpr a, NumExpr b) { _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        return m.Checked(_a.Eval(m) + _b.Eval(m));
    }
}

/// <summary>Variable plus constant (K + 1): the commonest loop expression, one call less.</summary>
internal sealed class AddVarConst : NumExpr
{
    public readonly int Slot;
    public readonly double Constant;
    public AddVarConst(int slot, double c) { Slot = slot; Constant = c; }
    public override double Eval(Machine m)
    {
        return m.Checked(m.Nums[Slot] + Constant);
    }
}

internal sealed class Sub : NumExpr
{
    private readonly NumExpr _a, _b;
    public Sub(NumExpr a, NumExpr b) { _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        return m.Checked(_a.Eval(m) - _b.Eval(m));
    }
}

internal sealed class Mul : NumExpr
{
    private readonly NumExpr _a, _b;
    public Mul(NumExpr a, NumExpr b) { _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        return m.Checked(_a.Eval(m) * _b.Eval(m));
    }
}

internal sealed class Div : NumExpr
{
    private readonly NumExpr _a, _b;
    public Div(NumExpr a, NumExpr b) { _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        double a = _a.Eval(m);
        double b = _b.Eval(m);
        if (b == 0) { m.Fail(ErrorCode.DivisionByZero); return 0; }
        return m.Checked(a / b);
    }
}

/// <summary>Integer division "\": both sides rounded to integers, quotient truncated.</summary>
internal sealed class IntDiv : NumExpr
{
    private readonly NumExpr _a, _b;
    public IntDiv(NumExpr a, NumExpr b) { _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        long a = m.ToInteger(_a.Eval(m));
        long b = m.ToInteger(_b.Eval(m));
        if (b == 0) { m.Fail(ErrorCode.DivisionByZero); return 0; }
        return a / b;
    }
}

/// <summary>MOD: both sides rounded to integers; the remainder takes the dividend's sign.</summary>
internal sealed class Mod : NumExpr
{
    private readonly NumExpr _a, _b;
    public Mod(NumExpr a, NumExpr b) { _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        long a = m.ToInteger(_a.Eval(m));
        long b = m.ToInteger(_b.Eval(m));
        if (b == 0) { m.Fail(ErrorCode.DivisionByZero); return 0; }
        return a % b;
    }
}

internal sealed class Power : NumExpr
{
    private readonly NumExpr _a, _b;
    public Power(NumExpr a, NumExpr b) { _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        double a = _a.Eval(m);
        double b = _b.Eval(m);
        if (a == 0 && b < 0) { m.Fail(ErrorCode.DivisionByZero); return 0; }
        double r;
        if (b == 2) r = a * a;
        else if (a < 0 && b != System.Math.Floor(b)) { m.Fail(ErrorCode.IllegalFunctionCall); return 0; }
        else r = System.Math.Pow(a, b);
        return m.Checked(r);
    }
}
