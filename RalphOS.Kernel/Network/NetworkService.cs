// NetworkService: the machine's network: the card NetworkCardProbe finds (an e1000 on PCI,
// or the NE2000 at ISA I/O 0x300, IRQ 10) under the shared TCP/IP stack (RalphOS.Net),
// driven by the "net" task. The IRQ handler services the card (InterruptSafeNic) and wakes the task,
// which feeds the frames to the stack and runs its timers, then sleeps until the next
// interrupt or protocol deadline. Addresses come from DHCP, with the seed's static 10.0.2.15/24 via
// 10.0.2.2 as the fallback, or straight from that plan with the boot option net=static.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Boot;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Interrupts;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Dhcp;
using RalphOS.Net.Icmp;
using RalphOS.Net.Wire;
using RalphOS.Net.Iface;

namespace RalphOS.Kernel.Network;

internal static unsafe class NetworkService
{
    private const int FrameBufferSize = 1536;
    private const uint RandomSeedSalt = 0x9E3779B9;
    private const int PingPayloadBytes = 56;        // as Linux ping: 64-byte ICMP messages
    private const ulong PingPollMs = 5;

    private static INetworkCard _card;
    private static InterruptSafeNic _nic;
    private static NetStack _stack;
    private static WaitQueue _work;
    private static bool _announcedAddress;

    public static NetStack Stack => _stack;
    public static SocketWaits Sockets { get; private set; }
    /// <summary>The card in use (Ne2000Driver or E1000Driver), or null without one.</summary>
    public static INetworkCard Card => _card;
    /// <summary>Which card, where, and its IRQ: "NE2000 at I/O 0x300, IRQ 10".</summary>
    public static string CardDescription { get; private set; }

    // Probes for the card; when present, starts the stack and the network task.
    public static void Start()
    {
        INetworkCard card = NetworkCardProbe.Find(out int irq, out string description);
        if (card == null)
        {
            KernelLog.Info("net", "no network card (no e1000 on PCI, no NE2000 at I/O 0x300); networking is off");
            return;
        }
        _card = card;
        CardDescription = description;
        _nic = new InterruptSafeNic(card);
        _work = new WaitQueue();
        _stack = new NetStack(_nic, new KernelNetClock(), (uint)Cpu.ReadTimestampCounter() ^ RandomSeedSalt);
        Sockets = new SocketWaits();
        _stack.Waker = Sockets;
        bool useDhcp = KernelCommandLine.Value("net") != "static";
        if (useDhcp)
            _stack.StartDhcp(Ipv4Config.StaticDefault);
        else
            _stack.Configure(Ipv4Config.StaticDefault);
        IrqTable.Register(irq, &OnInterrupt);
        KernelLog.Info("net", $"{description}, MAC {FormatMac(card.MacAddress.Value)}"
            + (useDhcp ? "; asking DHCP for an address" : "; static address (net=static)"));
        if (Scheduler.Spawn("net", &Run, 0) == null)
            KernelLog.Error("net", "no memory for the network task");
    }

    // Servicing the card clears its interrupt status, which lowers the line (the e1000's
    // PCI line is level-triggered: it must drop before the end of interrupt). The network
    // task runs next, so frames do not wait behind a busy program.
    private static void OnInterrupt()
    {
        _nic.OnInterrupt();
        _work.WakeAll(WakeUrgency.RunNext);
    }

    private static void Run(nint unused)
    {
        byte[] frame = new byte[FrameBufferSize];
        for (;;)
        {
            int length;
            while ((length = _nic.TryReceive(frame)) > 0)
                _stack.Receive(new System.ReadOnlySpan<byte>(frame, 0, length));
            _stack.Poll();
            AnnounceAddressOnce();
            WaitForWork();
        }
    }

    // Sleeps until a frame arrives or the stack's next timer is due.
    private static void WaitForWork()
    {
        long deadline = _stack.NextDeadline();
        Cpu.DisableInterrupts();
        if (_card.FramesQueued == 0)
        {
            // NextDeadline is -1 when no timer is pending: then wake at least once a second.
            ulong until = deadline < 0 ? Clock.Milliseconds + 1000 : (ulong)deadline;
            _work.WaitUntil(until);
        }
        Cpu.EnableInterrupts();
    }

    // Sends one ICMP echo request and waits for the reply: the round trip in milliseconds,
    // or -1 (no reply in time, cannot send, or Ctrl-C).
    public static int Ping(Ipv4Address target, ushort sequence, ulong timeoutMs)
    {
        if (_stack == null || _stack.SendPing(target, sequence, PingPayloadBytes) < 0)
            return -1;
        ulong deadline = Clock.Milliseconds + timeoutMs;
        while (Clock.Milliseconds < deadline)
        {
            if (_stack.QueryPing(sequence, out int roundTrip) == PingStatus.Replied)
                return roundTrip;
            if (!Scheduler.Sleep(PingPollMs))
                return -1;
        }
        return -1;
    }

    public static string FormatMac(ulong mac)
    {
        var text = new System.Text.StringBuilder();
        for (int shift = 40; shift >= 0; shift -= 8)
        {
            text.Append(((mac >> shift) & 0xFF).ToString("x2"));
            if (shift != 0)
                text.Append(':');
        }
        return text.ToString();
    }

    private static void AnnounceAddressOnce()
    {
        if (_announcedAddress || !_stack.Config.IsConfigured)
            return;
        _announcedAddress = true;
        Ipv4Config config = _stack.Config;
        KernelLog.Info("net", string.Concat(string.Concat("address ", config.Address.ToString(), " netmask ", config.Netmask.ToString()),
            string.Concat(" gateway ", config.Gateway.ToString(), _stack.DhcpState == DhcpState.Bound ? " (from DHCP)" : " (static fallback)")));
    }
}
