// TcpServiceCommands: the kernel monitor's commands that start the classic TCP test
// services (Services/TcpServiceHost), each in a task of its own; KernelConsole calls Start.
//   echo-server PORT     sends back what it receives (RFC 862)
//   discard-server PORT  reads and drops everything until the client closes (RFC 863)
//   chargen-server PORT  sends lines of rotating printable characters until the client
//                        closes (RFC 864)
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Network;
using RalphOS.Kernel.Services;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Console;

internal static class TcpServiceCommands
{
    private const int LowestPort = 1;
    private const int HighestPort = 65535;

    public static void Start(TcpServiceKind kind, string portText)
    {
        string name = TcpServiceHost.ServiceName(kind);
        if (NetworkService.Stack == null)
        {
            Terminal.WriteLine("no network card");
            return;
        }
        if (!int.TryParse(portText.Trim(), out int port) || port < LowestPort || port > HighestPort)
        {
            Terminal.WriteLine($"usage: {name}-server PORT ({LowestPort} to {HighestPort})");
            return;
        }
        KernelTask task = TcpServiceHost.Start(kind, (ushort)port);
        Terminal.WriteLine(task == null
            ? "not enough memory for a task"
            : $"{name} server listening on TCP port {port}");
    }
}
