// HostResolver: host names to IPv4 addresses for the kernel and its programs (the monitor's
// `host` and `ping`, BASIC's RESOLVE$, CONNECT, PING and HTTPGET$). A dotted quad is its
// own answer; anything else is looked up in the DNS cache, then asked of the DNS server
// over UDP with RalphOS.Net's DnsLookup (retries and timeouts), waiting on the socket, so
// Ctrl-C ends the wait at once. The server is the one DHCP named (option 6) or the static
// plan's 10.0.2.3, unless the kernel command line says dns=A.B.C.D[:PORT] (the boot tests
// point it at a server of their own on the host, reached through the gateway 10.0.2.2).
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Boot;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Dns;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.Network;

internal static class HostResolver
{
    private static readonly DnsCache _cache = new DnsCache();
    private static ushort _nextId;
    private static long _queriesSent;

    public static DnsCache Cache => _cache;
    public static long QueriesSent => _queriesSent;

    // The address for `name` (a dotted quad or a host name); false with a message when
    // there is none. The first address of several is used.
    public static bool TryResolve(string name, out Ipv4Address address, out string error)
    {
        address = default;
        error = null;
        if (IPv4Text.TryParse(name, out address))
            return true;
        var answer = new DnsAnswer();
        DnsStatus status = Lookup(name, answer);
        if (status != DnsStatus.Ok)
        {
            error = string.Concat(name == null ? "" : name.Trim(), ": ", DnsStatusText.Describe(status));
            return false;
        }
        address = answer.Addresses[0];
        return true;
    }

    // Looks the name up (cache first); fills answer on Ok.
    public static DnsStatus Lookup(string name, DnsAnswer answer)
    {
        string normalized = DnsName.Normalize(name);
        if (normalized == null)
            return DnsStatus.BadName;
        long now = (long)Clock.Milliseconds;
        if (_cache.TryGet(normalized, now, answer))
            return DnsStatus.Ok;
        NetStack stack = NetworkService.Stack;
        if (stack == null || !stack.Config.IsConfigured || !Server(stack, out Ipv4Address server, out ushort port))
            return DnsStatus.NoServer;
        if (_nextId == 0)
            _nextId = (ushort)Cpu.ReadTimestampCounter();
        var lookup = new DnsLookup(normalized, _nextId++, server, port);
        Run(stack, lookup, server, port);
        if (lookup.Status == DnsStatus.Ok)
        {
            answer.CopyFrom(lookup.Answer);
            _cache.Store(normalized, answer, (long)Clock.Milliseconds);
        }
        return lookup.Status;
    }

    // The DNS server: dns=A.B.C.D[:PORT] from the command line, else the configuration's.
    public static bool Server(NetStack stack, out Ipv4Address server, out ushort port)
    {
        port = DnsHeader.ServerPort;
        server = stack.Config.DnsServer;
        string option = KernelCommandLine.Value("dns");
        if (option != null)
        {
            int colon = option.IndexOf(':');
            string host = colon < 0 ? option : option.Substring(0, colon);
            if (!IPv4Text.TryParse(host, out server))
                return false;
            if (colon >= 0 && (!ushort.TryParse(option.Substring(colon + 1), out port) || port == 0))
                return false;
        }
        return !server.IsUnspecified;
    }

    private static void Run(NetStack stack, DnsLookup lookup, Ipv4Address server, ushort port)
    {
        int socket = stack.UdpOpen();
        if (socket < 0)
        {
            lookup.GiveUp();
            return;
        }
        byte[] datagram = new byte[DnsHeader.MaxUdpMessage];
        KernelTask self = Scheduler.Current;
        while (lookup.Status == DnsStatus.Pending)
        {
            long now = (long)Clock.Milliseconds;
            if (lookup.PollTransmit(now, datagram, out int length))
            {
                _queriesSent++;
                if (stack.UdpSendTo(socket, server, port, new System.ReadOnlySpan<byte>(datagram, 0, length)) < 0)
                {
                    lookup.GiveUp();
                    break;
                }
            }
            int received;
            while (lookup.Status == DnsStatus.Pending
                && (received = stack.UdpReceiveFrom(socket, datagram, out Ipv4Address from, out ushort fromPort)) >= 0)
                lookup.Receive(new System.ReadOnlySpan<byte>(datagram, 0, received), from, fromPort);
            if (lookup.Status != DnsStatus.Pending)
                break;
            if (self.BreakRequested)
            {
                lookup.Cancel();
                break;
            }
            now = (long)Clock.Milliseconds;
            if (lookup.Deadline > now)
                NetworkService.Sockets.WaitForUdp(stack, socket, (ulong)(lookup.Deadline - now));
        }
        stack.UdpClose(socket);
    }
}
