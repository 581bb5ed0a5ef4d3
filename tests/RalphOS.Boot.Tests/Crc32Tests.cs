// Crc32Tests: the tool's CRC-32 against the published check values of CRC-32/IEEE 802.3.
using System.Text;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xE8B7BE43u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void KnownVectors(string text, uint expected)
    {
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void OneFlippedBitChangesTheCrc()
    {
        byte[] data = Encoding.ASCII.GetBytes("Ralph OS kernel bytes");
        uint original = Crc32.Compute(data);
        data[5] ^= 0x10;
        Assert.NotEqual(original, Crc32.Compute(data));
    }
}
