// TcpServiceKind: which classic TCP test service a TcpServiceHost task runs. The kernel
// monitor's echo-server, discard-server and chargen-server commands
// (Console/TcpServiceCommands) choose one.
namespace RalphOS.Kernel.Services;

internal enum TcpServiceKind
{
    /// <summary>RFC 862: sends back what it receives.</summary>
    Echo,
    /// <summary>RFC 863: reads and drops everything until the client closes.</summary>
    Discard,
    /// <summary>RFC 864: sends lines of rotating printable characters until the client closes.</summary>
    Chargen,
}
