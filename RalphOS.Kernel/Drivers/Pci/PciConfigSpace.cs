// PciConfigSpace: reads and writes PCI configuration space with configuration mechanism #1
// (PCI Local Bus Specification 3.0, section 3.2.2.3.2): a 32-bit address written to
// CONFIG_ADDRESS (port 0xCF8) selects bus, device, function and dword; CONFIG_DATA (port
// 0xCFC-0xCFF) then carries the data. Behind RalphOS.Hardware's IPortIo, so host tests
// drive it against a fake configuration space (tests/RalphOS.Drivers.Tests/FakePciBus.cs).
// Used by PciEnumerator and by drivers that enable their device (E1000Probe).
using RalphOS.Hardware;

namespace RalphOS.Kernel.Drivers.Pci;

public sealed class PciConfigSpace
{
    public const ushort AddressPort = 0xCF8;   // CONFIG_ADDRESS
    public const ushort DataPort = 0xCFC;      // CONFIG_DATA
    private const uint EnableBit = 0x80000000; // CONFIG_ADDRESS bit 31: a configuration cycle

    private readonly IPortIo _io;

    public PciConfigSpace(IPortIo io) => _io = io;

    public uint Read32(PciAddress at, int offset)
    {
        Select(at, offset);
        return _io.In32(DataPort);
    }

    public ushort Read16(PciAddress at, int offset) => (ushort)(Read32(at, offset) >> ((offset & 2) * 8));

    public byte Read8(PciAddress at, int offset) => (byte)(Read32(at, offset) >> ((offset & 3) * 8));

    public void Write32(PciAddress at, int offset, uint value)
    {
        Select(at, offset);
        _io.Out32(DataPort, value);
    }

    // A 16-bit write touches only its half of the dword: writing the whole dword back would
    // also write the neighbouring register (the Status register's bits clear when written 1).
    public void Write16(PciAddress at, int offset, ushort value)
    {
        Select(at, offset);
        _io.Out16((ushort)(DataPort + (offset & 2)), value);
    }

    private void Select(PciAddress at, int offset) =>
        _io.Out32(AddressPort, EnableBit | ((uint)at.Bus << 16) | ((uint)at.Device << 11)
            | ((uint)at.Function << 8) | (uint)(offset & 0xFC));
}
