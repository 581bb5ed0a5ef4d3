// The seed's socket functions, forwarded to the host's IBasicSockets: LISTEN(s, port),
// ACCEPT(s), SOCKSTATE(s), CONNECT(s, ip$, port) and RECV$(s). SOCKET() is a NumOfNothing.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum SockFunc { Listen, Accept, State, Connect }

internal sealed class SocketCall : NumExpr
{
    private readonly SockFunc _f;
    private readonly NumExpr _socket, _port;
    private readonly StrExpr _ip;
    public SocketCall(SockFunc f, NumExpr socket, NumExpr port, StrExpr ip) { _f = f; _socket = socket; _port = port; _ip = ip; }

    public override double Eval(Machine m)
    {
        int s = (int)m.ToInteger(_socket.Eval(m));
        switch (_f)
        {
            case SockFunc.Listen: return m.Host.Sockets.Listen(s, (int)m.ToInteger(_port.Eval(m)));
            case SockFunc.Accept: return m.Host.Sockets.Accept(s);
            case SockFunc.State: return m.Host.Sockets.State(s);
            default:
                string ip = _ip.Eval(m);
                return m.Host.Sockets.Connect(s, ip, (int)m.ToInteger(_port.Eval(m)));
        }
    }
}

internal sealed class ReceiveCall : StrExpr
{
    private readonly NumExpr _socket;
    public ReceiveCall(NumExpr socket) { _socket = socket; }

    public override string Eval(Machine m)
    {
        string s = m.Host.Sockets.Receive((int)m.ToInteger(_socket.Eval(m)));
        return s ?? "";
    }
}
