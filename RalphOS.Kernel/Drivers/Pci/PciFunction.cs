// PciFunction: one PCI function found by PciEnumerator: its address, IDs, class, interrupt
// line (the legacy PIC IRQ the firmware routed its pin to) and decoded base address
// registers. The `pci` command lists these; drivers pick theirs by vendor and device ID.
namespace RalphOS.Kernel.Drivers.Pci;

public sealed class PciFunction
{
    public PciAddress Address;
    public ushort VendorId;
    public ushort DeviceId;
    public byte ClassCode;
    public byte Subclass;
    public byte ProgIf;
    public byte Revision;
    public byte HeaderType;
    public byte InterruptLine;
    public byte InterruptPin;
    /// <summary>Base addresses of a type 0 header (a 64-bit BAR fills its slot, the next is 0).</summary>
    public readonly ulong[] BarAddress = new ulong[PciRegisters.BarCount];
    public readonly bool[] BarIsIo = new bool[PciRegisters.BarCount];

    public bool HasInterrupt => InterruptPin != 0 && InterruptLine < 16;
}
