// NetworkCommands: console commands for the network.
//   net               the card, the address configuration and the stack's counters
//   ping A.B.C.D      four ICMP echo requests, one a second, with their round-trip times
//   echo-server PORT  a TCP echo service on PORT, in its own task (one client at a time)
using System;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Network;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Dhcp;
using RalphOS.Net.Drivers.Ne2000;
using RalphOS.Net.Icmp;
using RalphOS.Net.Iface;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.Console;

internal static unsafe class NetworkCommands
{
    private const int PingCount = 4;
    private const ulong PingTimeoutMs = 1000;
    private const ulong IdleTimeoutMs = 60_000;

    private static ushort _pingSequence;

    public static void Show()
    {
        NetStack stack = NetworkService.Stack;
        if (stack == null)
        {
            Terminal.WriteLine("no network card (boot with ./run.sh run-net for an NE2000)");
            return;
        }
        Ipv4Config config = stack.Config;
        Terminal.WriteLine(string.Concat("NE2000 at 0x300 IRQ 10, MAC ", NetworkService.FormatMac(NetworkService.Card.MacAddress.Value)));
        Terminal.WriteLine(string.Concat(string.Concat("address ", config.Address.ToString(), "/", config.Netmask.ToString()),
            string.Concat(" gateway ", config.Gateway.ToString(), " (DHCP state ", DhcpName(stack) + ")")));
        NetCounters c = stack.Counters;
        Terminal.WriteLine(string.Concat(string.Concat("frames in ", c.FramesReceived.ToString(), ", out ", c.FramesSent.ToString()),
            string.Concat(", transmit failures ", c.TransmitFailures.ToString())));
        Ne2000Counters card = NetworkService.Card.Counters;
        Terminal.WriteLine(string.Concat(
            string.Concat("card: dropped ", card.FramesDropped.ToString(), ", ring overflows ", card.Overflows.ToString()),
            string.Concat(", missed ", card.MissedFrames.ToString(), ", receive errors ", card.ReceiveErrors.ToString())));
        SocketTable sockets = stack.Sockets;
        Terminal.WriteLine(string.Concat(
            string.Concat("tcp: ", sockets.TcpInUse.ToString(), " of ", sockets.TcpCapacity.ToString(), " slots in use, resets sent "),
            string.Concat(sockets.ResetsSent.ToString(), ", refused ", sockets.ConnectionsRefused.ToString()),
            string.Concat(", SYNs deferred (backlog full) ", sockets.SynsDeferred.ToString(), ", reopened from TIME-WAIT ", sockets.ConnectionsReopened.ToString())));
    }

    public static void Ping(string target)
    {
        NetStack stack = NetworkService.Stack;
        if (stack == null)
        {
            Terminal.WriteLine("no network card");
            return;
        }
        if (!IPv4Text.TryParse(target, out Ipv4Address address))
        {
            Terminal.WriteLine("usage: ping A.B.C.D");
            return;
        }
        int replies = 0;
        for (int i = 0; i < PingCount; i++)
        {
            ushort sequence = ++_pingSequence;
            int roundTrip = NetworkService.Ping(address, sequence, PingTimeoutMs);
            if (Scheduler.Current.BreakRequested)
            {
                Scheduler.Current.BreakRequested = false;
                Terminal.WriteLine("^C");
                return;
            }
            if (roundTrip >= 0)
            {
                replies++;
                Terminal.WriteLine(string.Concat(string.Concat("reply from ", address.ToString(), ": seq="), sequence.ToString(),
                    string.Concat(" time=", roundTrip.ToString(), " ms")));
            }
            else
            {
                Terminal.WriteLine(string.Concat("no reply for seq=", sequence.ToString()));
            }
        }
        Terminal.WriteLine(string.Concat(PingCount.ToString(), " sent, ", replies.ToString(), " replies"));
    }

    public static void StartEchoServer(string portText)
    {
        if (NetworkService.Stack == null)
        {
            Terminal.WriteLine("no network card");
            return;
        }
        if (!int.TryParse(portText.Trim(), out int port) || port < 1 || port > 65535)
        {
            Terminal.WriteLine("usage: echo-server PORT (1 to 65535)");
            return;
        }
        KernelTask task = Scheduler.Spawn(string.Concat("echo-", port.ToString()), &EchoServer, port);
        Terminal.WriteLine(task == null ? "not enough memory for a task" : string.Concat("echo server listening on TCP port ", port.ToString()));
    }

    private static void EchoServer(nint port)
    {
        NetStack stack = NetworkService.Stack;
        int listener = stack.TcpOpen();
        if (listener < 0 || stack.TcpListen(listener, (ushort)port, 8) < 0)
        {
            Terminal.WriteLine("echo server: cannot listen");
            return;
        }
        byte[] buffer = new byte[2048];
        for (;;)
        {
            int connection = stack.TcpAccept(listener);
            if (connection < 0)
            {
                NetworkService.Sockets.WaitForTcp(stack, listener, SocketEvents.Acceptable, IdleTimeoutMs);
                continue;
            }
            Serve(stack, connection, buffer);
        }
    }

    private static void Serve(NetStack stack, int connection, byte[] buffer)
    {
        for (;;)
        {
            int count = stack.TcpReceive(connection, buffer);
            if (count > 0)
            {
                if (NetworkService.Sockets.SendAll(stack, connection, new ReadOnlySpan<byte>(buffer, 0, count), IdleTimeoutMs, BreakPolicy.Continue) < count)
                    break;
                continue;
            }
            if (count == 0 || count != -1)
                break; // end of stream or an error
            if (!NetworkService.Sockets.WaitForTcp(stack, connection, SocketEvents.Readable | SocketEvents.Closed, IdleTimeoutMs))
                break;
        }
        stack.TcpClose(connection);
    }

    private static string DhcpName(NetStack stack) => stack.DhcpState switch
    {
        DhcpState.Bound => "bound",
        DhcpState.Fallback => "static fallback",
        _ => "in progress",
    };
}
