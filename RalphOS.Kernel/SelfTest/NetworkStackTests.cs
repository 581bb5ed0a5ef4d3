// NetworkStackTests: the shared TCP/IP stack (RalphOS.Net) running inside the kernel on our
// runtime: two NetStack instances joined by an in-memory Ethernet link resolve each other
// with ARP, open a TCP connection and move data both ways. The same code is tested in
// depth on the host (tests/RalphOS.Net.Tests); this checks that it also runs here.
using System;
using System.Collections.Generic;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.SelfTest;

internal static class NetworkStackTests
{
    private const int MaxSteps = 200;

    private sealed class ManualClock : IClock
    {
        public long NowMs { get; set; }
    }

    // One end of a point-to-point link: frames sent here wait for the other end.
    private sealed class LinkEnd : INetworkDevice
    {
        public readonly Queue<byte[]> Outbox = new Queue<byte[]>();
        public LinkEnd(ulong mac) { MacAddress = new MacAddress(mac); }
        public MacAddress MacAddress { get; }
        public bool Transmit(ReadOnlySpan<byte> frame)
        {
            Outbox.Enqueue(frame.ToArray());
            return true;
        }
    }

    // Two stacks on one cable, advanced one millisecond per step.
    private sealed class TwoHosts
    {
        private readonly ManualClock _clock = new ManualClock();
        private readonly LinkEnd _serverEnd = new LinkEnd(0x020000000001);
        private readonly LinkEnd _clientEnd = new LinkEnd(0x020000000002);
        public readonly NetStack Server;
        public readonly NetStack Client;

        public TwoHosts()
        {
            Server = new NetStack(_serverEnd, _clock, 1);
            Client = new NetStack(_clientEnd, _clock, 2);
            Server.Configure(Config(new Ipv4Address(10, 9, 0, 1)));
            Client.Configure(Config(new Ipv4Address(10, 9, 0, 2)));
        }

        public void Step()
        {
            _clock.NowMs++;
            Server.Poll();
            Client.Poll();
            while (_serverEnd.Outbox.Count > 0)
                Client.Receive(_serverEnd.Outbox.Dequeue());
            while (_clientEnd.Outbox.Count > 0)
                Server.Receive(_clientEnd.Outbox.Dequeue());
        }

        // Steps until `stack` has data on `handle`; returns it as text (null on timeout).
        public string ReceiveText(NetStack stack, int handle)
        {
            byte[] buffer = new byte[64];
            for (int step = 0; step < MaxSteps; step++)
            {
                Step();
                int count = stack.TcpReceive(handle, buffer);
                if (count > 0)
                {
                    char[] text = new char[count];
                    for (int i = 0; i < count; i++)
                        text[i] = (char)buffer[i];
                    return new string(text);
                }
            }
            return null;
        }

        private static Ipv4Config Config(Ipv4Address address) => new Ipv4Config
        {
            Address = address,
            Netmask = new Ipv4Address(255, 255, 255, 0),
            Gateway = new Ipv4Address(10, 9, 0, 254),
        };
    }

    public static void Run()
    {
        var hosts = new TwoHosts();
        int listener = hosts.Server.TcpOpen();
        bool listening = hosts.Server.TcpListen(listener, 7000, 4) >= 0;
        int connection = hosts.Client.TcpOpen();
        bool connecting = hosts.Client.TcpConnect(connection, new Ipv4Address(10, 9, 0, 1), 7000) >= 0;
        int accepted = -1;
        for (int step = 0; step < MaxSteps && accepted < 0; step++)
        {
            hosts.Step();
            accepted = hosts.Server.TcpAccept(listener);
        }
        SelfTestRunner.Check("TCP handshake between two in-kernel stacks (ARP, SYN, SYN-ACK, ACK)",
            listening && connecting && accepted >= 0 && hosts.Client.TcpStateOf(connection) == TcpState.Established);

        hosts.Client.TcpSend(connection, new byte[] { (byte)'p', (byte)'i', (byte)'n', (byte)'g' });
        string received = hosts.ReceiveText(hosts.Server, accepted);
        hosts.Server.TcpSend(accepted, new byte[] { (byte)'p', (byte)'o', (byte)'n', (byte)'g' });
        string answer = hosts.ReceiveText(hosts.Client, connection);
        SelfTestRunner.Check("TCP data both ways through the in-kernel stack", received == "ping" && answer == "pong");
    }
}
