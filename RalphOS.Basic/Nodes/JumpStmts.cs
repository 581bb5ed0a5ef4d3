// GOTO, GOSUB, RETURN, ON ... GOTO/GOSUB, and the IF forms. Line targets are resolved
// to pcs by Link; a missing line gives "Undefined line number" when the jump executes.
using RalphOS.Basic.Compiling;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class GotoStmt : Stmt
{
    private readonly JumpTarget _target;
    public GotoStmt(JumpTarget target) { _target = target; }
    public override void Link(ProgramLinker linker) => _target.Link(linker);
    public override void Execute(Machine m)
    {
        if (_target.Pc < 0) m.Fail(ErrorCode.UndefinedLine);
        else m.Pc = _target.Pc;
    }
}

internal sealed class GosubStmt : Stmt
{
    private readonly JumpTarget _target;
    public GosubStmt(JumpTarget target) { _target = target; }
    public override void Link(ProgramLinker linker) => _target.Link(linker);
    public override void Execute(Machine m) => Call(m, _target.Pc);

    public static void Call(Machine m, int pc)
    {
        if (pc < 0) { m.Fail(ErrorCode.UndefinedLine); return; }
        if (m.GosubSp >= Machine.MaxGosubDepth) { m.Fail(ErrorCode.OutOfMemory); return; }
        m.GosubReturn[m.GosubSp] = m.Pc;
        m.GosubFor[m.GosubSp] = m.ForSp;
        m.GosubSp++;
        m.Pc = pc;
    }
}

internal sealed class ReturnStmt : Stmt
{
    public override void Execute(Machine m)
    {
        if (m.GosubSp == 0) { m.Fail(ErrorCode.ReturnWithoutGosub); return; }
        m.GosubSp--;
        m.ForSp = m.GosubFor[m.GosubSp];
        m.Pc = m.GosubReturn[m.GosubSp];
    }
}

/// <summary>ON n GOTO/GOSUB a, b, c: n = 0 or past the list falls through.</summary>
internal sealed class OnJumpStmt : Stmt
{
    private readonly NumExpr _selector;
    private readonly JumpTarget[] _targets;
    private readonly bool _isGosub;
    public OnJumpStmt(NumExpr selector, JumpTarget[] targets, bool isGosub) { _selector = selector; _targets = targets; _isGosub = isGosub; }
    public override void Link(ProgramLinker linker) { foreach (var t in _targets) t.Link(linker); }
    public override void Execute(Machine m)
    {
        double n = System.Math.Round(_selector.Eval(m));
        if (m.Signal != 0) return;
        if (n < 0 || n > 255) { m.Fail(ErrorCode.IllegalFunctionCall); return; }
        if (n == 0 || n > _targets.Length) return;
        int pc = _targets[(int)n - 1].Pc;
        if (_isGosub) { GosubStmt.Call(m, pc); return; }
        if (pc < 0) m.Fail(ErrorCode.UndefinedLine);
        else m.Pc = pc;
    }
}

/// <summary>IF cond THEN line (no ELSE): the loop benchmark's hot statement.</summary>
internal sealed class IfGotoStmt : Stmt
{
    private readonly NumExpr _cond;
    private readonly JumpTarget _target;
    public IfGotoStmt(NumExpr cond, JumpTarget target) { _cond = cond; _target = target; }
    public override void Link(ProgramLinker linker) => _target.Link(linker);
    public override void Execute(Machine m)
    {
        if (!_cond.IsTrue(m) || m.Signal != 0) return;
        if (_target.Pc < 0) m.Fail(ErrorCode.UndefinedLine);
        else m.Pc = _target.Pc;
    }
}

/// <summary>IF cond THEN ... : when false, continue at the ELSE part or the next line.</summary>
internal sealed class IfStmt : Stmt
{
    private readonly NumExpr _cond;
    public int FalsePc;
    public IfStmt(NumExpr cond) { _cond = cond; }
    public override void Execute(Machine m)
    {
        if (!_cond.IsTrue(m)) m.Pc = FalsePc;
    }
}

/// <summary>An unconditional jump to a pc known at compile time (end of a THEN part).</summary>
internal sealed class JumpStmt : Stmt
{
    public int TargetPc;
    public override void Execute(Machine m) => m.Pc = TargetPc;
}
