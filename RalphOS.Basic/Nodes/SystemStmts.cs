// Statements that reach the host: SLEEP, SEND, CLOSE, PING, MEMSTATS, TASKS, CLS (SPAWN is
// in SpawnNodes.cs).
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
    }
}

internal enum SocketCommand { Send, Close }

internal sealed class SocketStmt : Stmt
{
    private readonly SocketCommand _command;
    private readonly NumExpr _socket;
    private readonly StrExpr _text;
    public SocketStmt(SocketCommand command, NumExpr socket, StrExpr text) { _command = command; _socket = socket; _text = text; }
    public override void Execute(Machine m)
    {
        int s = (int)m.ToInteger(_socket.Eval(m));
        if (_command == SocketCommand.Close) { if (m.Signal == 0) m.Host.Sockets.Close(s); return; }
        string t = _text.Eval(m);
        if (m.Signal == 0) m.Host.Sockets.Send(s, t);
    }
}

/// <summary>PING ip$: one echo request, prints the round trip or a time-out.</summary>
internal sealed class PingStmt : Stmt
{
    private readonly StrExpr _ip;
    public PingStmt(StrExpr ip) { _ip = ip; }
    public override void Execute(Machine m)
    {
        string ip = _ip.Eval(m);
        if (m.Signal != 0) return;
        int ms = m.Host.Sockets.Ping(ip);
        if (ms < 0) m.Write("Request to " + ip + " timed out\n");
        else m.Write("Reply from " + ip + ": time=" + ms.ToString() + " ms\n");
    }
}
