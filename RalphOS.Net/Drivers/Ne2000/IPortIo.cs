// IPortIo: x86 port I/O as the NE2000 driver needs it. The kernel implements it with in/out
// instructions and "rep insw"/"rep outsw" for the block calls; the host tests implement it
// with a model of the DP8390 (FakeDp8390).
using System;

namespace RalphOS.Net.Drivers.Ne2000;

public interface IPortIo
{
    byte In8(ushort port);
    void Out8(ushort port, byte value);
    ushort In16(ushort port);
    void Out16(ushort port, ushort value);
    /// <summary>rep insw: reads destination.Length / 2 little-endian words from port.</summary>
    void InWords(ushort port, Span<byte> destination);
    /// <summary>rep outsw: writes source.Length / 2 little-endian words to port.</summary>
    void OutWords(ushort port, ReadOnlySpan<byte> source);
}
