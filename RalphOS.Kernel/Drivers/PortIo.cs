// PortIo: the drivers' view of x86 port I/O (RalphOS.Hardware's IPortIo), backed by the
// kernel's assembly helpers; block transfers use rep insw/outsw, one VM exit per block.
using System;
using RalphOS.Kernel.Arch;
using RalphOS.Hardware;

namespace RalphOS.Kernel.Drivers;

internal sealed unsafe class PortIo : IPortIo
{
    public byte In8(ushort port) => Cpu.InByte(port);
    public void Out8(ushort port, byte value) => Cpu.OutByte(port, value);
    public ushort In16(ushort port) => Cpu.InWord(port);
    public void Out16(ushort port, ushort value) => Cpu.OutWord(port, value);
    public uint In32(ushort port) => Cpu.InDword(port);
    public void Out32(ushort port, uint value) => Cpu.OutDword(port, value);

    public void InWords(ushort port, Span<byte> destination)
    {
        fixed (byte* buffer = destination)
            Cpu.InWords(port, buffer, (nuint)(destination.Length / 2));
    }

    public void OutWords(ushort port, ReadOnlySpan<byte> source)
    {
        fixed (byte* buffer = source)
            Cpu.OutWords(port, buffer, (nuint)(source.Length / 2));
    }
}
