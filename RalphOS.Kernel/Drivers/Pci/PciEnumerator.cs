// PciEnumerator: finds every PCI function. It walks bus 0 and, through each PCI-to-PCI
// bridge's secondary bus number, the buses behind it (each bus at most once); on every
// device it reads function 0 and, when the header says multi-function, functions 1-7.
// Absent functions read vendor ID 0xFFFF. Used by the kernel's PciDevices (once, at boot)
// and host-tested against a fake configuration space.
using System.Collections.Generic;

namespace RalphOS.Kernel.Drivers.Pci;

public static class PciEnumerator
{
    private const int BusCount = 256;

    public static List<PciFunction> Scan(PciConfigSpace config)
    {
        var found = new List<PciFunction>();
        var scanned = new bool[BusCount];
        var pending = new List<int> { 0 };
        while (pending.Count > 0)
        {
            int bus = pending[pending.Count - 1];
            pending.RemoveAt(pending.Count - 1);
            if (scanned[bus])
                continue;
            scanned[bus] = true;
            ScanBus(config, bus, found, pending);
        }
        return found;
    }

    private static void ScanBus(PciConfigSpace config, int bus, List<PciFunction> found, List<int> pending)
    {
        for (int device = 0; device < PciAddress.DevicesPerBus; device++)
        {
            var first = new PciAddress(bus, device, 0);
            if (config.Read16(first, PciRegisters.VendorId) == PciRegisters.NoDevice)
                continue;
            bool multi = (config.Read8(first, PciRegisters.HeaderType) & PciRegisters.MultiFunction) != 0;
            int functions = multi ? PciAddress.FunctionsPerDevice : 1;
            for (int function = 0; function < functions; function++)
            {
                var at = new PciAddress(bus, device, function);
                if (config.Read16(at, PciRegisters.VendorId) == PciRegisters.NoDevice)
                    continue;
                PciFunction read = Read(config, at);
                found.Add(read);
                if ((read.HeaderType & PciRegisters.HeaderTypeMask) == PciRegisters.HeaderTypeBridge)
                    pending.Add(config.Read8(at, PciRegisters.SecondaryBus));
            }
        }
    }

    public static PciFunction Read(PciConfigSpace config, PciAddress at)
    {
        uint ids = config.Read32(at, PciRegisters.VendorId);
        uint classes = config.Read32(at, PciRegisters.Revision);
        uint interrupt = config.Read32(at, PciRegisters.InterruptLine);
        var function = new PciFunction
        {
            Address = at,
            VendorId = (ushort)ids,
            DeviceId = (ushort)(ids >> 16),
            Revision = (byte)classes,
            ProgIf = (byte)(classes >> 8),
            Subclass = (byte)(classes >> 16),
            ClassCode = (byte)(classes >> 24),
            HeaderType = config.Read8(at, PciRegisters.HeaderType),
            InterruptLine = (byte)interrupt,
            InterruptPin = (byte)(interrupt >> 8),
        };
        if ((function.HeaderType & PciRegisters.HeaderTypeMask) == 0)
            ReadBars(config, function);
        return function;
    }

    // Addresses as the firmware assigned them (no sizing: that would disturb a live BAR).
    private static void ReadBars(PciConfigSpace config, PciFunction function)
    {
        for (int i = 0; i < PciRegisters.BarCount; i++)
        {
            uint bar = config.Read32(function.Address, PciRegisters.Bar0 + i * 4);
            if ((bar & PciRegisters.BarIoSpace) != 0)
            {
                function.BarIsIo[i] = true;
                function.BarAddress[i] = bar & PciRegisters.BarIoMask;
                continue;
            }
            ulong address = bar & PciRegisters.BarMemoryMask;
            if ((bar & PciRegisters.BarTypeMask) == PciRegisters.BarType64 && i + 1 < PciRegisters.BarCount)
            {
                address |= (ulong)config.Read32(function.Address, PciRegisters.Bar0 + (i + 1) * 4) << 32;
                function.BarAddress[i] = address;
                i++;
                continue;
            }
            function.BarAddress[i] = address;
        }
    }
}
