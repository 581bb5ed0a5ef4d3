// FOR/NEXT and WHILE/WEND. FOR frames live in Machine's parallel arrays; the linker finds
// each FOR's matching NEXT (for loops that run zero times) and pairs WHILE with WEND.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class ForStmt : Stmt
{
    public readonly int Slot;
    private readonly bool _isInt;
    private readonly NumExpr _start, _limit, _step;
    /// <summary>Pc after the matching NEXT, or -1 when the linker found none.</summary>
    public int SkipPc = -1;

    public ForStmt(int slot, bool isInt, NumExpr start, NumExpr limit, NumExpr step)
    {
        Slot = slot;
        _isInt = isInt;
        _start = start;
        _limit = limit;
        _step = step;
    }

    public override void Execute(Machine m)
    {
        double start = _start.Eval(m);
        double limit = _limit.Eval(m);
        double step = _step == null ? 1 : _step.Eval(m);
        if (m.Signal != 0) return;
        if (_isInt) { start = LValue.RoundInteger(m, start); if (m.Signal != 0) return; }
        m.Nums[Slot] = start;
        int floor = m.GosubSp > 0 ? m.GosubFor[m.GosubSp - 1] : 0;
        for (int i = m.ForSp - 1; i >= floor; i--)
        {
            if (m.ForSlot[i] == Slot) { m.ForSp = i; break; }
        }
        if (step >= 0 ? start > limit : start < limit)
        {
            if (SkipPc < 0) m.Fail(ErrorCode.ForWithoutNext);
            else m.Pc = SkipPc;
            return;
        }
        int sp = m.ForSp;
        if (sp >= Machine.MaxForDepth) { m.Fail(ErrorCode.OutOfMemory); return; }
        m.ForSlot[sp] = Slot;
        m.ForLimit[sp] = limit;
        m.ForStep[sp] = step;
        m.ForBody[sp] = m.Pc;
        m.ForSp = sp + 1;
    }
}

/// <summary>NEXT [var]: one statement per variable (NEXT I, J compiles to two).</summary>
internal sealed class NextStmt : Stmt
{
    public readonly int Slot;
    public NextStmt(int slot) { Slot = slot; }

    public override void Execute(Machine m)
    {
        int sp = m.ForSp - 1;
        if (sp < 0) { m.Fail(ErrorCode.NextWithoutFor); return; }
        if (Slot >= 0 && m.ForSlot[sp] != Slot)
        {
            while (sp >= 0 && m.ForSlot[sp] != Slot) sp--;
            if (sp < 0) { m.Fail(ErrorCode.NextWithoutFor); return; }
            m.ForSp = sp + 1;
        }
        int slot = m.ForSlot[sp];
        double step = m.ForStep[sp];
        double v = m.Nums[slot] + step;
        m.Nums[slot] = v;
        if (step >= 0 ? v <= m.ForLimit[sp] : v >= m.ForLimit[sp]) m.Pc = m.ForBody[sp];
        else m.ForSp = sp;
    }
}

internal sealed class WhileStmt : Stmt
{
    private readonly NumExpr _cond;
    /// <summary>Pc after the matching WEND, or -1.</summary>
    public int ExitPc = -1;
    public WhileStmt(NumExpr cond) { _cond = cond; }
    public override void Execute(Machine m)
    {
        if (_cond.IsTrue(m) || m.Signal != 0) return;
        if (ExitPc < 0) m.Fail(ErrorCode.WhileWithoutWend);
        else m.Pc = ExitPc;
    }
}

internal sealed class WendStmt : Stmt
{
    /// <summary>Pc of the matching WHILE, or -1.</summary>
    public int WhilePc = -1;
    public override void Execute(Machine m)
    {
        if (WhilePc < 0) m.Fail(ErrorCode.WendWithoutWhile);
        else m.Pc = WhilePc;
    }
}
