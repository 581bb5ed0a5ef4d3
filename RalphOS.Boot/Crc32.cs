// Crc32: CRC-32 as used by Ethernet, zip and PNG (IEEE 802.3).
//
// Reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF; the check value
// of "123456789" is 0xCBF43926. The image tool stores it per segment in the image header;
// the kernel (and tests/fixtures/bootcheck.asm) recompute it from memory. Table-driven:
// one 256-entry table built once, one lookup per byte.
using System;

namespace RalphOS.Boot;

public static class Crc32
{
    private const uint ReflectedPolynomial = 0xEDB88320;
    private const uint InitialValue = 0xFFFFFFFF;
    private const uint FinalXor = 0xFFFFFFFF;

    private static readonly uint[] _table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint crc = InitialValue;
        foreach (byte value in data)
        {
            crc = (crc >> 8) ^ _table[(crc ^ value) & 0xFF];
        }
        return crc ^ FinalXor;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint index = 0; index < 256; index++)
        {
            uint entry = index;
            for (int bit = 0; bit < 8; bit++)
            {
                entry = (entry & 1) != 0 ? (entry >> 1) ^ ReflectedPolynomial : entry >> 1;
            }
            table[index] = entry;
        }
        return table;
    }
}
