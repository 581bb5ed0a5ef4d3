// IPortIo: x86 port I/O as the device drivers need it (NE2000, i8042, VGA registers, PCI
// configuration space through 0xCF8/0xCFC). The kernel implements it with in/out
// instructions and "rep insw"/"rep outsw" for the block calls (RalphOS.Kernel/Drivers/
// PortIo.cs); host tests implement it with models of the devices (FakeDp8390, the fake
// i8042, VGA and PCI bus of RalphOS.Drivers.Tests).
using System;

namespace RalphOS.Hardware;

public interface IPortIo
{
    byte In8(ushort port);
    void Out8(ushort port, byte value);
    ushort In16(ushort port);
    void Out16(ushort port, ushort value);
    uint In32(ushort port);
    void Out32(ushort port, uint value);
    /// <summary>rep insw: reads destination.Length / 2 little-endian words from port.</summary>
    void InWords(ushort port, Span<byte> destination);
    /// <summary>rep outsw: writes source.Length / 2 little-endian words to port.</summary>
    void OutWords(ushort port, ReadOnlySpan<byte> source);
}
