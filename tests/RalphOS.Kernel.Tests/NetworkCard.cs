// NetworkCard: the QEMU network card every network boot test attaches, in one place. The
// default is the NE2000 at ISA I/O 0x300, IRQ 10; RALPH_NIC=e1000 picks the Intel e1000
// (82540EM, PCI) for all of them, as it does for run.sh's network targets. A focused set
// (DHCP and ping, telnet, the TODO app over HTTP, bulk TCP) runs on both cards whatever
// RALPH_NIC says, passing the card explicitly, so `./run.sh test` covers both drivers.
using System;

namespace RalphOS.Kernel.Tests;

internal static class NetworkCard
{
    public const string Ne2000 = "ne2000";
    public const string E1000 = "e1000";

    /// <summary>The card RALPH_NIC names (ne2000 when unset).</summary>
    public static string Default
    {
        get
        {
            string chosen = Environment.GetEnvironmentVariable("RALPH_NIC");
            if (string.IsNullOrEmpty(chosen))
                return Ne2000;
            if (chosen != Ne2000 && chosen != E1000)
                throw new InvalidOperationException($"RALPH_NIC='{chosen}': use ne2000 or e1000");
            return chosen;
        }
    }

    /// <summary>QEMU's -device value for the card on netdev net0 (default: RALPH_NIC's card).</summary>
    public static string Device(string card = null) => (card ?? Default) switch
    {
        Ne2000 => "ne2k_isa,netdev=net0,irq=10,iobase=0x300",
        E1000 => "e1000,netdev=net0",
        _ => throw new ArgumentException($"unknown network card '{card}'"),
    };

    /// <summary>How the kernel names the card in its boot log and in `net`.</summary>
    public static string KernelName(string card) => card switch
    {
        Ne2000 => "NE2000 at I/O 0x300, IRQ 10",
        E1000 => "e1000 (Intel 82540EM) at PCI ",
        _ => throw new ArgumentException($"unknown network card '{card}'"),
    };
}
