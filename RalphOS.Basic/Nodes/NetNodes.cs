// The network functions beyond the seed's sockets, forwarded to the host's IBasicSockets:
// RESOLVE$(name$) (an address as text, "" when the name does not resolve), HTTPGET$(url$)
// (a page's body, "" when no response came), HTTPSTATUS (the last HTTPGET$'s status code,
// 0 for none) and NETERR$ (why the last RESOLVE$, HTTPGET$, CONNECT or PING failed, "" after
// a success). Failures are values, not errors, so a program can test and go on. A lookup
// or fetch waits; Ctrl-C during it breaks the program and CONT asks again.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum NetTextFunc { Resolve, HttpGet }

internal sealed class NetTextCall : StrExpr
{
    private readonly NetTextFunc _f;
    private readonly StrExpr _argument;
    public NetTextCall(NetTextFunc f, StrExpr argument) { _f = f; _argument = argument; }

    public override string Eval(Machine m)
    {
        string argument = _argument.Eval(m);
        if (m.Signal != 0) return "";
        string result = _f == NetTextFunc.Resolve ? m.Host.Sockets.Resolve(argument) : m.Host.Sockets.HttpGet(argument);
        m.BreakIfRequested(BreakResume.SameStatement);
        return result ?? "";
    }
}

internal sealed class HttpStatusValue : NumExpr
{
    public override double Eval(Machine m) => m.Host.Sockets.HttpStatus;
}

internal sealed class NetErrorText : StrExpr
{
    public override string Eval(Machine m) => m.Host.Sockets.LastError ?? "";
}
