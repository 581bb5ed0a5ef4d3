// PciCommands: the monitor's `pci` command: every PCI function as bus:device.function,
// vendor:device ID, class code, its name (PciNames), and where it has them, the IRQ its
// interrupt pin is routed to and its base addresses (memory or I/O).
using System.Text;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Pci;

namespace RalphOS.Kernel.Console;

internal static class PciCommands
{
    public static void List()
    {
        var all = PciDevices.All;
        if (all.Count == 0)
        {
            Terminal.WriteLine("no PCI devices (configuration mechanism #1 found none)");
            return;
        }
        for (int i = 0; i < all.Count; i++)
            Terminal.WriteLine(Describe(all[i]));
        Terminal.WriteLine($"{all.Count} PCI functions");
    }

    private static string Describe(PciFunction f)
    {
        var line = new StringBuilder();
        line.Append($"{f.Address}  {f.VendorId:x4}:{f.DeviceId:x4}  class {f.ClassCode:x2}{f.Subclass:x2}  {PciNames.Describe(f)}");
        if (f.HasInterrupt)
            line.Append($", IRQ {f.InterruptLine}");
        for (int bar = 0; bar < PciRegisters.BarCount; bar++)
        {
            if (f.BarAddress[bar] == 0)
                continue;
            string kind = f.BarIsIo[bar] ? "I/O" : "memory";
            line.Append($", BAR{bar} {kind} 0x{f.BarAddress[bar]:x}");
        }
        return line.ToString();
    }
}
