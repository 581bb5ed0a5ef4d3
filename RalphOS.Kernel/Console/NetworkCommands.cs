// NetworkCommands: console commands for the network.
//   net               the card (NE2000 or e1000), the address configuration and the counters
//   ping HOST         four ICMP echo requests, one a second, with their round-trip times
//   host NAME         a DNS lookup (HostResolver): the addresses, and the canonical name
// (the TCP test services are in TcpServiceCommands.cs and Services/)
using System;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Network;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Dhcp;
using RalphOS.Net.Dns;
using RalphOS.Net.Drivers.E1000;
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

    private static ushort _pingSequence;

    public static void Show()
    {
        NetStack stack = NetworkService.Stack;
        if (stack == null)
        {
            Terminal.WriteLine("no network card (boot with ./run.sh run-net: an NE2000, or an e1000 with RALPH_NIC=e1000)");
            return;
        }
        Ipv4Config config = stack.Config;
        Terminal.WriteLine($"{NetworkService.CardDescription}, MAC {NetworkService.FormatMac(NetworkService.Card.MacAddress.Value)}");
        Terminal.WriteLine(string.Concat(string.Concat("address ", config.Address.ToString(), "/", config.Netmask.ToString()),
            string.Concat(" gateway ", config.Gateway.ToString(), " (", AddressSource(stack) + ")")));
        string dns = HostResolver.Server(stack, out Ipv4Address dnsServer, out ushort dnsPort)
            ? (dnsPort == DnsHeader.ServerPort ? dnsServer.ToString() : $"{dnsServer}:{dnsPort}") : "none";
        Terminal.WriteLine($"dns {dns}, {HostResolver.QueriesSent} queries sent, cache {HostResolver.Cache.Count} names, {HostResolver.Cache.Hits} hits");
        NetCounters c = stack.Counters;
        Terminal.WriteLine(string.Concat(string.Concat("frames in ", c.FramesReceived.ToString(), ", out ", c.FramesSent.ToString()),
            string.Concat(", transmit failures ", c.TransmitFailures.ToString())));
        Terminal.WriteLine(CardCounters(NetworkService.Card));
        SocketTable sockets = stack.Sockets;
        Terminal.WriteLine(string.Concat(
            string.Concat("tcp: ", sockets.TcpInUse.ToString(), " of ", sockets.TcpCapacity.ToString(), " slots in use, resets sent "),
            string.Concat(sockets.ResetsSent.ToString(), ", refused ", sockets.ConnectionsRefused.ToString()),
            string.Concat(", SYNs deferred (backlog full) ", sockets.SynsDeferred.ToString(), ", reopened from TIME-WAIT ", sockets.ConnectionsReopened.ToString())));
        Terminal.WriteLine($"syn flood: cookies sent {sockets.CookiesSent}, accepted {sockets.CookiesAccepted}, rejected {sockets.CookiesRejected}, dropped {sockets.CookiesDropped}, half-open evicted {sockets.HalfOpenEvicted}");
    }

    public static void Ping(string target)
    {
        NetStack stack = NetworkService.Stack;
        if (stack == null)
        {
            Terminal.WriteLine("no network card");
            return;
        }
        if (target.Length == 0)
        {
            Terminal.WriteLine("usage: ping A.B.C.D | ping NAME");
            return;
        }
        if (!HostResolver.TryResolve(target, out Ipv4Address address, out string error))
        {
            Terminal.WriteLine(Scheduler.Current.BreakRequested ? "^C" : string.Concat("ping: ", error));
            Scheduler.Current.BreakRequested = false;
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

    public static void Host(string name)
    {
        if (name.Length == 0)
        {
            Terminal.WriteLine("usage: host NAME");
            return;
        }
        if (NetworkService.Stack == null)
        {
            Terminal.WriteLine("no network card");
            return;
        }
        if (IPv4Text.TryParse(name, out _))
        {
            Terminal.WriteLine(string.Concat("host: ", name, " is an address already (reverse lookups are not supported)"));
            return;
        }
        var answer = new DnsAnswer();
        DnsStatus status = HostResolver.Lookup(name, answer);
        if (Scheduler.Current.BreakRequested)
        {
            Scheduler.Current.BreakRequested = false;
            Terminal.WriteLine("^C");
            return;
        }
        if (status != DnsStatus.Ok)
        {
            Terminal.WriteLine(string.Concat("host: ", name, ": ", DnsStatusText.Describe(status)));
            return;
        }
        string asked = DnsName.Normalize(name);
        if (answer.CanonicalName != asked)
            Terminal.WriteLine(string.Concat(asked, " is an alias for ", answer.CanonicalName));
        for (int i = 0; i < answer.Count; i++)
            Terminal.WriteLine(string.Concat(answer.CanonicalName, " has address ", answer.Addresses[i].ToString()));
    }

    private static string CardCounters(INetworkCard card)
    {
        if (card is E1000Driver e1000)
        {
            E1000Counters c = e1000.Counters;
            string link = e1000.LinkUp ? $"up {e1000.SpeedMbps} Mb/s" : "down";
            return $"card: link {link} ({c.LinkChanges} changes), interrupts {c.Interrupts}, receive overruns {c.Overruns}, "
                + $"receive errors {c.ReceiveErrors}, transmit ring full {c.TransmitRingFull}, no carrier {c.NoCarrier}";
        }
        Ne2000Counters n = ((Ne2000Driver)card).Counters;
        return $"card: dropped {n.FramesDropped}, ring overflows {n.Overflows}, missed {n.MissedFrames}, receive errors {n.ReceiveErrors}";
    }

    // Where the address came from. DHCP never starts with net=static on the kernel command
    // line (NetworkService), so its Idle state means the address was set statically.
    private static string AddressSource(NetStack stack) => stack.DhcpState switch
    {
        DhcpState.Idle => "static address: net=static on the kernel command line",
        DhcpState.Bound => "DHCP state bound",
        DhcpState.Fallback => "DHCP state static fallback: no server answered",
        _ => "DHCP state in progress",
    };
}
