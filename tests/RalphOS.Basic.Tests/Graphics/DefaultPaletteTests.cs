// The default VGA palette against documented entries: the 16 CGA colours (brown at 6),
// the grey ramp, the corners of the hue wheel at each intensity, black at the end.
using RalphOS.Basic.Graphics;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class DefaultPaletteTests
{
    [Theory]
    [InlineData(0, 0x00, 0x00, 0x00)]
    [InlineData(1, 0x00, 0x00, 0x2A)]
    [InlineData(4, 0x2A, 0x00, 0x00)]
    [InlineData(6, 0x2A, 0x15, 0x00)]
    [InlineData(7, 0x2A, 0x2A, 0x2A)]
    [InlineData(8, 0x15, 0x15, 0x15)]
    [InlineData(14, 0x3F, 0x3F, 0x15)]
    [InlineData(15, 0x3F, 0x3F, 0x3F)]
    [InlineData(16, 0x00, 0x00, 0x00)]
    [InlineData(23, 0x18, 0x18, 0x18)]
    [InlineData(31, 0x3F, 0x3F, 0x3F)]
    [InlineData(32, 0x00, 0x00, 0x3F)]
    [InlineData(33, 0x10, 0x00, 0x3F)]
    [InlineData(36, 0x3F, 0x00, 0x3F)]
    [InlineData(40, 0x3F, 0x00, 0x00)]
    [InlineData(44, 0x3F, 0x3F, 0x00)]
    [InlineData(48, 0x00, 0x3F, 0x00)]
    [InlineData(52, 0x00, 0x3F, 0x3F)]
    [InlineData(55, 0x00, 0x10, 0x3F)]
    [InlineData(56, 0x1F, 0x1F, 0x3F)]
    [InlineData(80, 0x2D, 0x2D, 0x3F)]
    [InlineData(104, 0x00, 0x00, 0x1C)]
    [InlineData(137, 0x1C, 0x11, 0x0E)]
    [InlineData(176, 0x00, 0x00, 0x10)]
    [InlineData(224, 0x0B, 0x0B, 0x10)]
    [InlineData(247, 0x0B, 0x0C, 0x10)]
    [InlineData(248, 0x00, 0x00, 0x00)]
    [InlineData(255, 0x00, 0x00, 0x00)]
    public void DacValuesMatchTheVgaDefault(int index, int red, int green, int blue)
    {
        DefaultPalette.Dac(index, out int r, out int g, out int b);
        Assert.Equal((red, green, blue), (r, g, b));
    }

    [Fact]
    public void RgbScalesSixBitsToEight()
    {
        Assert.Equal(0xFFFFFF, DefaultPalette.Rgb(15));
        Assert.Equal(0x0000AA, DefaultPalette.Rgb(1));
        Assert.Equal(0xAA5500, DefaultPalette.Rgb(6));
        Assert.Equal(0x000000, DefaultPalette.Rgb(0));
    }
}
