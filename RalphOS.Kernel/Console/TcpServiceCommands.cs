// TcpServiceCommands: the classic TCP test services, each in a task of its own serving one
// client at a time. The benchmarks and boot tests use them to move bulk data in each
// direction through the whole stack (driver, IP, TCP, socket waits).
//   echo-server PORT     sends back what it receives (RFC 862)
//   discard-server PORT  reads and drops everything until the client closes (RFC 863)
//   chargen-server PORT  sends lines of rotating printable characters until the client
//                        closes (RFC 864)
using System;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Network;
using RalphOS.Kernel.Tasks;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;

namespace RalphOS.Kernel.Console;

internal static unsafe class TcpServiceCommands
{
    private const ulong IdleTimeoutMs = 60_000;
    private const int ServiceBacklog = 8;
    private const int BufferSize = 2048;

    // RFC 864: 72 characters a line, from the 95 printable ASCII characters (32 to 126),
    // each line starting one character further along.
    private const int ChargenLineLength = 72;
    private const int ChargenFirst = 32;
    private const int ChargenCount = 95;

    private enum Service { Echo, Discard, Chargen }

    public static void Start(string name, string portText)
    {
        if (NetworkService.Stack == null)
        {
            Terminal.WriteLine("no network card");
            return;
        }
        if (!int.TryParse(portText.Trim(), out int port) || port < 1 || port > 65535)
        {
            Terminal.WriteLine(string.Concat("usage: ", name, "-server PORT (1 to 65535)"));
            return;
        }
        delegate*<nint, void> entry = name switch
        {
            "echo" => &EchoServer,
            "discard" => &DiscardServer,
            _ => &ChargenServer,
        };
        KernelTask task = Scheduler.Spawn(string.Concat(name, "-", port.ToString()), entry, port);
        Terminal.WriteLine(task == null
            ? "not enough memory for a task"
            : string.Concat(name, " server listening on TCP port ", port.ToString()));
    }

    private static void EchoServer(nint port) => Run((ushort)port, Service.Echo);
    private static void DiscardServer(nint port) => Run((ushort)port, Service.Discard);
    private static void ChargenServer(nint port) => Run((ushort)port, Service.Chargen);

    private static void Run(ushort port, Service service)
    {
        NetStack stack = NetworkService.Stack;
        int listener = stack.TcpOpen();
        if (listener < 0 || stack.TcpListen(listener, port, ServiceBacklog) < 0)
        {
            Terminal.WriteLine(string.Concat("cannot listen on TCP port ", port.ToString()));
            return;
        }
        byte[] buffer = service == Service.Chargen ? ChargenBlock() : new byte[BufferSize];
        for (;;)
        {
            int connection = stack.TcpAccept(listener);
            if (connection < 0)
            {
                NetworkService.Sockets.WaitForTcp(stack, listener, SocketEvents.Acceptable, IdleTimeoutMs);
                continue;
            }
            if (service == Service.Chargen)
                Generate(stack, connection, buffer);
            else
                Receive(stack, connection, buffer, service == Service.Echo);
            stack.TcpClose(connection);
        }
    }

    // Reads until end of stream or an error; echo sends each piece back before reading on.
    private static void Receive(NetStack stack, int connection, byte[] buffer, bool echo)
    {
        for (;;)
        {
            int count = stack.TcpReceive(connection, buffer);
            if (count > 0)
            {
                if (echo && NetworkService.Sockets.SendAll(stack, connection, new ReadOnlySpan<byte>(buffer, 0, count), IdleTimeoutMs, BreakPolicy.Continue) < count)
                    return;
                continue;
            }
            if (count != -1)
                return; // 0: end of stream; below -1: an error
            if (!NetworkService.Sockets.WaitForTcp(stack, connection, SocketEvents.Readable | SocketEvents.Closed, IdleTimeoutMs))
                return;
        }
    }

    // Sends the block again and again; the client ends it by closing its side (anything
    // it sends meanwhile is read and dropped, as RFC 864 says).
    private static void Generate(NetStack stack, int connection, byte[] block)
    {
        Span<byte> ignored = stackalloc byte[64];
        while (NetworkService.Sockets.SendAll(stack, connection, block, IdleTimeoutMs, BreakPolicy.Continue) == block.Length)
        {
            int count;
            while ((count = stack.TcpReceive(connection, ignored)) > 0) { }
            if (count != -1)
                return; // 0: the client has closed; below -1: an error
        }
    }

    // One full cycle of RFC 864 lines (95 lines), so the block repeats seamlessly.
    private static byte[] ChargenBlock()
    {
        const int lineBytes = ChargenLineLength + 2;
        byte[] block = new byte[ChargenCount * lineBytes];
        for (int line = 0; line < ChargenCount; line++)
        {
            for (int i = 0; i < ChargenLineLength; i++)
                block[line * lineBytes + i] = (byte)(ChargenFirst + (line + i) % ChargenCount);
            block[line * lineBytes + ChargenLineLength] = (byte)'\r';
            block[line * lineBytes + ChargenLineLength + 1] = (byte)'\n';
        }
        return block;
    }
}
