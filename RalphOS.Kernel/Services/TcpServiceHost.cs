// TcpServiceHost: runs one classic TCP test service (TcpServiceKind) in a task of its own,
// listening on a port and serving one client at a time. The benchmarks and boot tests use
// them to move bulk data in each direction through the whole stack (driver, IP, TCP,
// socket waits). The kernel monitor's commands (Console/TcpServiceCommands) start them.
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Network;
using RalphOS.Kernel.Tasks;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;

namespace RalphOS.Kernel.Services;

internal static unsafe class TcpServiceHost
{
    private const ulong AcceptWaitMs = 60_000;
    private const int ServiceBacklog = 8;
    private const int BufferSize = 2048;

    private static string TaskName(TcpServiceKind kind, ushort port) => $"{ServiceName(kind)}-{port}";

    public static string ServiceName(TcpServiceKind kind) => kind switch
    {
        TcpServiceKind.Echo => "echo",
        TcpServiceKind.Discard => "discard",
        _ => "chargen",
    };

    // Spawns the service's task; null when there is no network card or no memory for a task.
    public static KernelTask Start(TcpServiceKind kind, ushort port)
    {
        if (NetworkService.Stack == null)
            return null;
        delegate*<nint, void> entry = kind switch
        {
            TcpServiceKind.Echo => &EchoServer,
            TcpServiceKind.Discard => &DiscardServer,
            _ => &ChargenServer,
        };
        return Scheduler.Spawn(TaskName(kind, port), entry, port);
    }

    private static void EchoServer(nint port) => Run((ushort)port, TcpServiceKind.Echo);
    private static void DiscardServer(nint port) => Run((ushort)port, TcpServiceKind.Discard);
    private static void ChargenServer(nint port) => Run((ushort)port, TcpServiceKind.Chargen);

    private static void Run(ushort port, TcpServiceKind kind)
    {
        NetStack stack = NetworkService.Stack;
        int listener = stack.TcpOpen();
        if (listener < 0 || stack.TcpListen(listener, port, ServiceBacklog) < 0)
        {
            Terminal.WriteLine($"cannot listen on TCP port {port}");
            return;
        }
        byte[] buffer = kind == TcpServiceKind.Chargen ? ChargenService.Block() : new byte[BufferSize];
        for (;;)
        {
            int connection = stack.TcpAccept(listener);
            if (connection < 0)
            {
                NetworkService.Sockets.WaitForTcp(stack, listener, SocketEvents.Acceptable, AcceptWaitMs);
                continue;
            }
            if (kind == TcpServiceKind.Chargen)
                ChargenService.Serve(stack, connection, buffer);
            else
                EchoDiscardService.Serve(stack, connection, buffer, echo: kind == TcpServiceKind.Echo);
            stack.TcpClose(connection);
        }
    }
}
