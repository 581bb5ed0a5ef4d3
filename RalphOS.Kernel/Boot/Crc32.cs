// Crc32: the IEEE 802.3 CRC-32 (reflected polynomial 0xEDB88320, initial value and final
// xor 0xFFFFFFFF), used to check that the bootloader loaded the kernel image intact. The
// image tool computes the same checksum when it writes the image.
namespace RalphOS.Kernel.Boot;

internal static unsafe class Crc32
{
    private const uint ReflectedPolynomial = 0xEDB88320;

    public static uint Compute(byte* data, ulong length)
    {
        uint* table = stackalloc uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint entry = i;
            for (int bit = 0; bit < 8; bit++)
                entry = (entry & 1) != 0 ? (entry >> 1) ^ ReflectedPolynomial : entry >> 1;
            table[i] = entry;
        }
        uint crc = 0xFFFFFFFF;
        for (ulong i = 0; i < length; i++)
            crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }
}
