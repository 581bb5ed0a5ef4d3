// PciDevices: the machine's PCI functions, scanned once (on first use: the network probe
// at boot, or the `pci` command) through the CPU's port I/O, and the configuration space
// for drivers that program their function (E1000Probe enables bus mastering).
using System.Collections.Generic;

namespace RalphOS.Kernel.Drivers.Pci;

internal static class PciDevices
{
    private static List<PciFunction> _all;
    private static PciConfigSpace _config;

    public static PciConfigSpace Config => _config ??= new PciConfigSpace(new PortIo());

    public static List<PciFunction> All => _all ??= PciEnumerator.Scan(Config);

    /// <summary>The first function with this vendor and device ID, or null.</summary>
    public static PciFunction Find(ushort vendor, ushort device)
    {
        List<PciFunction> all = All;
        for (int i = 0; i < all.Count; i++)
            if (all[i].VendorId == vendor && all[i].DeviceId == device)
                return all[i];
        return null;
    }
}
