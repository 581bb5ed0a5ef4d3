// TelnetServer: telnetd on TCP port 23. Each connection gets its own task running its own
// BASIC REPL (own program, variables, files and sockets) over a TelnetConsole. Sessions are
// isolated like any tasks: a runaway loop yields to the others every few hundred
// statements, memory is limited per session, and a fault ends only that session. A
// disconnect (or SYSTEM) ends the session, frees its sockets and stops the programs it
// spawned. KernelMain starts it once the network (Network/NetworkService) is up.
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Kernel.BasicShell;
using RalphOS.Kernel.Boot;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Network;
using RalphOS.Kernel.Storage;
using RalphOS.Kernel.Tasks;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;
using RalphOS.Net.Telnet;

namespace RalphOS.Kernel.Sessions;

internal static unsafe class TelnetServer
{
    private const int MaxSessions = 32;
    // Room for every allowed session to connect at once: a SYN beyond the backlog is
    // refused, before telnetd had a chance to accept (a 20-client burst showed it).
    private const int ListenBacklog = MaxSessions;
    private const ulong AcceptWaitMs = 60_000;

    private static BootInfo* _bootInfo;
    private static int _sessions;
    private static int _sessionNumber;

    public static void Start(BootInfo* bootInfo)
    {
        if (NetworkService.Stack == null)
            return;
        _bootInfo = bootInfo;
        if (Scheduler.Spawn("telnetd", &Listen, 0) != null)
            KernelLog.Info("telnet", "listening on TCP port 23; each connection gets its own BASIC");
    }

    private static void Listen(nint unused)
    {
        NetStack stack = NetworkService.Stack;
        int listener = stack.TcpOpen();
        if (listener < 0 || stack.TcpListen(listener, (ushort)TelnetConstants.ServerPort, ListenBacklog) < 0)
        {
            KernelLog.Error("telnet", "cannot listen on port 23");
            return;
        }
        for (;;)
        {
            int connection = stack.TcpAccept(listener);
            if (connection < 0)
            {
                NetworkService.Sockets.WaitForTcp(stack, listener, SocketEvents.Acceptable, AcceptWaitMs);
                continue;
            }
            if (_sessions >= MaxSessions)
            {
                var refusal = new TelnetConsole(stack, connection);
                refusal.Write("Ralph OS: too many telnet sessions; try again later.\n");
                stack.TcpClose(connection);
                continue;
            }
            _sessions++;
            string name = string.Concat("telnet-", (++_sessionNumber).ToString());
            if (Scheduler.Spawn(name, &RunSession, connection) == null)
            {
                _sessions--;
                stack.TcpClose(connection);
            }
        }
    }

    private static void RunSession(nint connection)
    {
        NetStack stack = NetworkService.Stack;
        var console = new TelnetConsole(stack, (int)connection);
        IBasicFileStore files = DiskService.CreateFileStore();
        var sockets = new KernelBasicSockets();
        var repl = new BasicRepl(new BasicHost(console, new KernelBasicClock(), files, new KernelBasicSystem(console, files), sockets));
        // Ctrl-C and IAC IP arrive on the connection: input wakes the task to look for them.
        KernelTask self = Scheduler.Current;
        self.BreakSource = console;
        NetworkService.Sockets.WatchForBreaks((int)connection, self);
        repl.Start();
        while (!console.IsClosed)
        {
            string line = console.ReadPromptLine();
            if (line == null || repl.FeedLine(line) == ReplStatus.Exit)
                break;
        }
        NetworkService.Sockets.StopWatching((int)connection);
        self.BreakSource = null;
        repl.EndSession();
        sockets.CloseAll();
        console.Close();
        SpawnedPrograms.StopOrphans();
        _sessions--;
    }
}
