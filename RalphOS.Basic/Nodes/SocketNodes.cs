// The seed's socket functions, forwarded to the host's IBasicSockets: LISTEN(s, port),
// ACCEPT(s), SOCKSTATE(s), CONNECT(s, ip$, port) and RECV$(s), and the statement SEND s, t$;
// CLOSE s is CloseStmt (FileStmts.cs). SOCKET() is a NumOfNothing. A program sees the
// host's handle plus HandleBase (100), so socket handles never meet file numbers (1..15)
// and CLOSE n knows which it closes. A handle the session does not own (never opened,
// closed, or another session's) is "Bad file number", as GW-BASIC answers for a file
// number that is not open. ACCEPT, RECV$ and SEND may wait; a Ctrl-C during the wait
// breaks the program at once (Machine.BreakIfRequested).
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum SockFunc { Listen, Accept, State, Connect }

internal static class SocketHandles
{
    /// <summary>Added to the host's handles: above every file number.</summary>
    public const int HandleBase = 100;

    /// <summary>A host handle as the program sees it; -1 (none) stays -1.</summary>
    public static double ToProgram(int hostHandle) => hostHandle < 0 ? -1 : (double)hostHandle + HandleBase;

    /// <summary>The socket argument as a host handle the session owns, or -1 after failing
    /// with "Bad file number" (or whatever error evaluating it raised).</summary>
    public static int Owned(Machine m, NumExpr socket)
    {
        double value = socket.Eval(m);
        if (m.Signal != 0) return -1;
        long handle = m.ToInteger(value);
        if (m.Signal != 0) return -1;
        return Owned(m, handle);
    }

    /// <summary>CLOSE of a socket handle (Bad file number when not the session's).</summary>
    public static void Close(Machine m, long handle)
    {
        int s = Owned(m, handle);
        if (s >= 0) m.Host.Sockets.Close(s);
    }

    private static int Owned(Machine m, long handle)
    {
        long host = handle - HandleBase;
        if (host >= 0 && host <= int.MaxValue && m.Host.Sockets.Owns((int)host)) return (int)host;
        m.Fail(ErrorCode.BadFileNumber);
        return -1;
    }
}

internal sealed class SocketCall : NumExpr
{
    private readonly SockFunc _f;
    private readonly NumExpr _socket, _port;
    private readonly StrExpr _ip;
    public SocketCall(SockFunc f, NumExpr socket, NumExpr port, StrExpr ip) { _f = f; _socket = socket; _port = port; _ip = ip; }

    public override double Eval(Machine m)
    {
        int s = SocketHandles.Owned(m, _socket);
        if (s < 0) return 0;
        switch (_f)
        {
            case SockFunc.Listen: return m.Host.Sockets.Listen(s, (int)m.ToInteger(_port.Eval(m)));
            case SockFunc.Accept:
                int connection = m.Host.Sockets.Accept(s);
                // A connection already accepted is kept: the break waits for the next ACCEPT.
                if (connection < 0) m.BreakIfRequested(BreakResume.SameStatement);
                return SocketHandles.ToProgram(connection);
            case SockFunc.State: return m.Host.Sockets.State(s);
            default:
                string ip = _ip.Eval(m);
                int port = (int)m.ToInteger(_port.Eval(m));
                if (m.Signal != 0) return 0;
                // Only starts the handshake (SOCKSTATE shows when it is done); a host name is
                // looked up first, which waits, so a break there stops at this statement.
                int started = m.Host.Sockets.Connect(s, ip, port);
                if (started == 0) m.BreakIfRequested(BreakResume.SameStatement);
                return started;
        }
    }
}

internal sealed class ReceiveCall : StrExpr
{
    private readonly NumExpr _socket;
    public ReceiveCall(NumExpr socket) { _socket = socket; }

    public override string Eval(Machine m)
    {
        int s = SocketHandles.Owned(m, _socket);
        if (s < 0) return "";
        string text = m.Host.Sockets.Receive(s) ?? "";
        // Text already received is kept for CONT: the break waits for the next RECV$.
        if (text.Length == 0) m.BreakIfRequested(BreakResume.SameStatement);
        return text;
    }
}

internal sealed class SendStmt : Stmt
{
    private readonly NumExpr _socket;
    private readonly StrExpr _text;
    public SendStmt(NumExpr socket, StrExpr text) { _socket = socket; _text = text; }
    public override void Execute(Machine m)
    {
        int s = SocketHandles.Owned(m, _socket);
        if (s < 0) return;
        string t = _text.Eval(m);
        if (m.Signal != 0) return;
        m.Host.Sockets.Send(s, t);
        m.BreakIfRequested(BreakResume.NextStatement);
    }
}
