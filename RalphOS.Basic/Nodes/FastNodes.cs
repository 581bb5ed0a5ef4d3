// Specialised nodes the parser substitutes for the commonest shapes on loop paths, each
// saving one or two virtual calls: variable-vs-constant and variable-vs-variable
// comparisons, variable+variable, and "K = K + c" as a single statement.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class CompareVarConst : NumExpr
{
    private readonly CompareOp _op;
    private readonly int _slot;
    private readonly double _c;
    public CompareVarConst(CompareOp op, int slot, double c) { _op = op; _slot = slot; _c = c; }
    public override bool IsTrue(Machine m)
    {
        return CompareOps.Holds(_op, m.Nums[_slot], _c);
    }
    public override double Eval(Machine m) => IsTrue(m) ? -1 : 0;
}

internal sealed class CompareVarVar : NumExpr
{
    private readonly CompareOp _op;
    private readonly int _a, _b;
    public CompareVarVar(CompareOp op, int a, int b) { _op = op; _a = a; _b = b; }
    public override bool IsTrue(Machine m)
    {
        double[] n = m.Nums;
        return CompareOps.Holds(_op, n[_a], n[_b]);
    }
    public override double Eval(Machine m) => IsTrue(m) ? -1 : 0;
}

internal sealed class AddVarVar : NumExpr
{
    private readonly int _a, _b;
    public AddVarVar(int a, int b) { _a = a; _b = b; }
    public override double Eval(Machine m)
    {
        return m.Checked(m.Nums[_a] + m.Nums[_b]);
    }
}

/// <summary>K = K + c (and K = K - c) on a plain numeric variable.</summary>
internal sealed class IncrementStmt : Stmt
{
    private readonly int _slot;
    private readonly double _c;
    public IncrementStmt(int slot, double c) { _slot = slot; _c = c; }
    public override void Execute(Machine m)
    {
        double r = m.Nums[_slot] + _c;
        if (double.IsInfinity(r)) { m.Fail(ErrorCode.Overflow); return; }
        m.Nums[_slot] = r;
    }
}
