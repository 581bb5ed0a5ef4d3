// ISessionConsole: the terminal of a BASIC session (the serial console or a telnet
// connection) as the programs it SPAWNs see it: they write to it, and stop once it has
// gone (a telnet client hung up or the session logged out).
using RalphOS.Basic.Host;

namespace RalphOS.Kernel.BasicShell;

internal interface ISessionConsole : IBasicConsole
{
    /// <summary>True once the terminal can take no more output; it never reopens.</summary>
    bool IsClosed { get; }
}
