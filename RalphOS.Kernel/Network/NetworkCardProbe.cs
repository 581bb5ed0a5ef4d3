// NetworkCardProbe: finds the machine's network card for NetworkService: an Intel e1000
// (82540EM) on PCI first, else an NE2000 at the ISA I/O base 0x300 (IRQ 10). Returns the
// started driver through INetworkCard, the IRQ line to hook, and the card's description
// for the boot log and the monitor's `net` ("e1000 (Intel 82540EM) at PCI 00:03.0, ...").
using RalphOS.Kernel.Drivers;
using RalphOS.Kernel.Drivers.E1000;
using RalphOS.Kernel.Drivers.Pci;
using RalphOS.Net.Drivers.E1000;
using RalphOS.Net.Drivers.Ne2000;
using RalphOS.Net.Iface;

namespace RalphOS.Kernel.Network;

internal static class NetworkCardProbe
{
    public static INetworkCard Find(out int irq, out string description)
    {
        E1000Driver e1000 = E1000Probe.TryStart(out PciFunction function);
        if (e1000 != null)
        {
            irq = function.InterruptLine;
            string link = e1000.LinkUp ? $"link up {e1000.SpeedMbps} Mb/s" : "link down";
            description = $"e1000 (Intel 82540EM) at PCI {function.Address}, MMIO 0x{function.BarAddress[0]:x}, IRQ {irq}, {link}";
            return e1000;
        }
        var ne2000 = new Ne2000Driver(new PortIo(), Ne2000Driver.DefaultIoBase);
        if (ne2000.Initialize() == Ne2000Status.Ok)
        {
            irq = Ne2000Driver.DefaultIrq;
            description = "NE2000 at I/O 0x300, IRQ 10";
            return ne2000;
        }
        irq = -1;
        description = null;
        return null;
    }
}
