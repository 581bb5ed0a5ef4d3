// Base of compiled statements. A program compiles to one flat Stmt[] ("code"); the run
// loop advances Machine.Pc before calling Execute, so jumps just assign Machine.Pc.
// Link runs once after the whole program is compiled to turn line numbers into pcs.
using RalphOS.Basic.Compiling;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal abstract class Stmt
{
    public abstract void Execute(Machine m);
    public virtual void Link(ProgramLinker linker) { }
}

/// <summary>A line-number reference (GOTO 100) resolved to a pc by the linker.</summary>
internal sealed class JumpTarget
{
    public readonly int Line;
    public int Pc = -1;
    public JumpTarget(int line) { Line = line; }
    public void Link(ProgramLinker linker) { Pc = linker.PcOfLine(Line); }
}

/// <summary>After the last program line: END, or "No RESUME" inside an error handler.</summary>
internal sealed class EndOfProgram : Stmt
{
    public override void Execute(Machine m)
    {
        m.Pc--;
        if (m.InErrorHandler) m.Fail(ErrorCode.NoResume);
        else m.EndProgram();
    }
}

internal sealed class EndStmt : Stmt
{
    public override void Execute(Machine m) => m.EndProgram();
}

/// <summary>After a direct-mode line: back to the prompt. Unlike END it closes nothing, so
/// sockets opened by one typed line are there for the next.</summary>
internal sealed class EndOfDirectLine : Stmt
{
    public override void Execute(Machine m) => m.Signal = Machine.SignalEnd;
}

internal sealed class StopStmt : Stmt
{
    public override void Execute(Machine m) => m.Signal = Machine.SignalStop;
}

/// <summary>A statement that failed to compile: raises its error when reached (GW-BASIC).</summary>
internal sealed class FailStmt : Stmt
{
    private readonly ErrorCode _code;
    public FailStmt(ErrorCode code) { _code = code; }
    public override void Execute(Machine m) => m.Fail(_code);
}

/// <summary>ERROR n: raises error n (1..255).</summary>
internal sealed class RaiseStmt : Stmt
{
    private readonly NumExpr _code;
    public RaiseStmt(NumExpr code) { _code = code; }
    public override void Execute(Machine m)
    {
        double c = _code.Eval(m);
        if (c < 1 || c > 255) { m.Fail(ErrorCode.IllegalFunctionCall); return; }
        m.Fail((ErrorCode)(int)System.Math.Round(c));
    }
}

/// <summary>Does nothing (DATA, DEF placeholders); keeps pcs aligned with statements.</summary>
internal sealed class NoOp : Stmt
{
    public override void Execute(Machine m) { }
}
