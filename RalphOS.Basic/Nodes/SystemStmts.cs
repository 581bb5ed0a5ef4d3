// Statements that reach the host: SLEEP, PING, MEMSTATS, TASKS, CLS (SPAWN is in
// SpawnNodes.cs, SEND and CLOSE in SocketNodes.cs). SLEEP and PING wait: a Ctrl-C during
// the wait breaks the program at once.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum SystemCommand { MemStats, Tasks, Cls }

internal sealed class SystemStmt : Stmt
{
    private readonly SystemCommand _command;
    public SystemStmt(SystemCommand command) { _command = command; }
    public override void Execute(Machine m)
    {
        if (_command == SystemCommand.MemStats) m.Write(m.Host.System.MemStatsText());
        else if (_command == SystemCommand.Tasks) m.Write(m.Host.System.TaskListText());
        else m.ClearScreen();
    }
}

internal sealed class SleepStmt : Stmt
{
    private readonly NumExpr _ms;
    public SleepStmt(NumExpr ms) { _ms = ms; }
    public override void Execute(Machine m)
    {
        double ms = _ms.Eval(m);
        if (m.Signal != 0) return;
        if (ms < 0) { m.Fail(ErrorCode.IllegalFunctionCall); return; }
        m.Host.System.Sleep((long)ms);
        m.BreakIfRequested(BreakResume.NextStatement);
    }
}

/// <summary>PING host$: one echo request (to an address or a host name), prints the round
/// trip, a time-out, or why the name did not resolve.</summary>
internal sealed class PingStmt : Stmt
{
    private const int UnknownHost = -2;   // IBasicSockets.Ping: the name did not resolve
    private readonly StrExpr _ip;
    public PingStmt(StrExpr ip) { _ip = ip; }
    public override void Execute(Machine m)
    {
        string ip = _ip.Eval(m);
        if (m.Signal != 0) return;
        int ms = m.Host.Sockets.Ping(ip);
        if (m.BreakIfRequested(BreakResume.NextStatement)) return;
        if (ms == UnknownHost) m.Write("Cannot resolve " + m.Host.Sockets.LastError + "\n");
        else if (ms < 0) m.Write("Request to " + ip + " timed out\n");
        else m.Write("Reply from " + ip + ": time=" + ms.ToString() + " ms\n");
    }
}
