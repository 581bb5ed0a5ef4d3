// ON ERROR GOTO n / ON ERROR GOTO 0 and RESUME [0 | NEXT | n]. As in GW-BASIC the trap
// stays armed after the program ends (RUN, NEW, CLEAR, a program edit or ON ERROR GOTO 0
// disarm it), so an error in a direct-mode line runs the handler with ERL = 65535.
using RalphOS.Basic.Compiling;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class OnErrorStmt : Stmt
{
    private readonly JumpTarget _target;
    public OnErrorStmt(JumpTarget target) { _target = target; }
    public override void Link(ProgramLinker linker) => _target.Link(linker);

    public override void Execute(Machine m)
    {
        if (_target.Line == 0)
        {
            m.OnErrorPc = -1;
            if (m.InErrorHandler)
            {
                // GW-BASIC: ON ERROR GOTO 0 in a handler reports the trapped error.
                m.InErrorHandler = false;
                m.Fail(m.TrappedError);
                m.ErrorLineOverride = m.TrappedLine;
            }
            return;
        }
        if (_target.Pc < 0) { m.Fail(ErrorCode.UndefinedLine); return; }
        m.OnErrorPc = _target.Pc;
    }
}

internal enum ResumeKind { Same, Next, Line }

internal sealed class ResumeStmt : Stmt
{
    private readonly ResumeKind _kind;
    private readonly JumpTarget _target;
    public ResumeStmt(ResumeKind kind, JumpTarget target) { _kind = kind; _target = target; }
    public override void Link(ProgramLinker linker) { if (_target != null) _target.Link(linker); }

    public override void Execute(Machine m)
    {
        if (!m.InErrorHandler) { m.Fail(ErrorCode.ResumeWithoutError); return; }
        m.InErrorHandler = false;
        // GW-BASIC clears ERR on RESUME (ERL keeps the line).
        m.TrappedError = ErrorCode.None;
        if (_kind == ResumeKind.Same) m.Pc = m.ErrorPc;
        // The end of the program can fail (a file it closes does not fit on the disk): there
        // is no statement after it, so RESUME NEXT ends the program there.
        else if (_kind == ResumeKind.Next) m.Pc = m.Code[m.ErrorPc] is EndOfProgram ? m.ErrorPc : m.ErrorPc + 1;
        else if (_target.Pc < 0) m.Fail(ErrorCode.UndefinedLine);
        else m.Pc = _target.Pc;
    }
}
