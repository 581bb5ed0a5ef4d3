// PciAddress: where a PCI function sits: bus (0-255), device (0-31) and function (0-7),
// written bus:device.function in hex as lspci does ("00:03.0"). Used by PciConfigSpace to
// form configuration addresses and by the `pci` monitor command to name a function.
namespace RalphOS.Kernel.Drivers.Pci;

public readonly struct PciAddress
{
    public const int DevicesPerBus = 32;
    public const int FunctionsPerDevice = 8;

    public PciAddress(int bus, int device, int function)
    {
        Bus = (byte)bus;
        Device = (byte)(device & (DevicesPerBus - 1));
        Function = (byte)(function & (FunctionsPerDevice - 1));
    }

    public byte Bus { get; }
    public byte Device { get; }
    public byte Function { get; }

    public override string ToString() => $"{Bus:x2}:{Device:x2}.{Function:x1}";
}
