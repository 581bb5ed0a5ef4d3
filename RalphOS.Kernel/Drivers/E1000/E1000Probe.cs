// E1000Probe: finds an Intel 82540EM (QEMU's -device e1000) on PCI, turns on its memory
// decoding and bus mastering (it reads and writes its rings by DMA), and starts the driver
// on BAR0 with the kernel's MMIO and DMA memory. Called by NetworkService at boot; the
// card's interrupt is the legacy IRQ the firmware routed its pin to (configuration register
// 0x3C), which NetworkService hooks on the PIC.
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Pci;
using RalphOS.Net.Drivers.E1000;

namespace RalphOS.Kernel.Drivers.E1000;

internal static class E1000Probe
{
    /// <summary>The started driver, or null (no card, or one that failed: logged).</summary>
    public static E1000Driver TryStart(out PciFunction function)
    {
        function = PciDevices.Find(PciNames.VendorIntel, PciNames.DeviceE1000);
        if (function == null)
            return null;
        if (function.BarIsIo[0] || function.BarAddress[0] == 0)
        {
            KernelLog.Error("net", $"e1000 at {function.Address}: BAR0 is not a memory BAR; card not used");
            return null;
        }
        if (!function.HasInterrupt)
        {
            KernelLog.Error("net", $"e1000 at {function.Address}: no IRQ routed to its interrupt pin; card not used");
            return null;
        }
        PciConfigSpace config = PciDevices.Config;
        ushort command = config.Read16(function.Address, PciRegisters.Command);
        config.Write16(function.Address, PciRegisters.Command,
            (ushort)(command | PciRegisters.CommandMemorySpace | PciRegisters.CommandBusMaster));
        var driver = new E1000Driver(new KernelMmio(function.BarAddress[0]), new KernelDmaMemory());
        E1000Status status = driver.Initialize();
        if (status != E1000Status.Ok)
        {
            KernelLog.Error("net", $"e1000 at {function.Address}: initialization failed: {Describe(status)}; card not used");
            return null;
        }
        return driver;
    }

    private static string Describe(E1000Status status) => status switch
    {
        E1000Status.NoDevice => "its registers read as all ones",
        E1000Status.ResetTimeout => "it did not finish its reset",
        E1000Status.NoMacAddress => "no valid MAC address in the EEPROM or RAL/RAH",
        E1000Status.NoMemory => "no memory for the descriptor rings",
        _ => "unexpected status",
    };
}
