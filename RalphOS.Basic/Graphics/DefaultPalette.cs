// The VGA's default 256-colour palette (what the BIOS loads into the DAC for mode 13h), as
// 6-bit DAC values (0..63 per channel, red, green, blue) and as 24-bit RGB. Host tests use
// it to render a framebuffer as an image; the kernel's VGA driver can load it into the DAC
// when it switches modes without the BIOS. The table follows the documented layout
// (IBM VGA technical reference; OSDev wiki "VGA Hardware"):
//   0-15    the 16 CGA/EGA colours (black, blue, green, cyan, red, magenta, brown, light
//           grey, then their bright versions), levels 0x00, 0x15, 0x2A, 0x3F;
//   16-31   a grey ramp;
//   32-247  nine blocks of 24 hues (blue -> magenta -> red -> yellow -> green -> cyan ->
//           blue): three intensities (full, medium, low), each at three saturations;
//   248-255 black.
namespace RalphOS.Basic.Graphics;

public static class DefaultPalette
{
    public const int Colours = 256;
    /// <summary>Largest 6-bit DAC value.</summary>
    public const int DacMax = 0x3F;

    /// <summary>The 6-bit DAC triple of a colour index (index taken modulo 256).</summary>
    public static void Dac(int index, out int red, out int green, out int blue)
    {
        int i = (index & 0xFF) * 3;
        red = s_dac[i];
        green = s_dac[i + 1];
        blue = s_dac[i + 2];
    }

    /// <summary>The colour as 0xRRGGBB with 8-bit channels (6-bit value scaled by 255/63).</summary>
    public static int Rgb(int index)
    {
        Dac(index, out int r, out int g, out int b);
        return (To8(r) << 16) | (To8(g) << 8) | To8(b);
    }

    private static int To8(int v) => (v * 255 + DacMax / 2) / DacMax;

    // The grey ramp of indexes 16..31.
    private static readonly byte[] s_greys = { 0x00, 0x05, 0x08, 0x0B, 0x0E, 0x11, 0x14, 0x18, 0x1C, 0x20, 0x24, 0x28, 0x2D, 0x32, 0x38, 0x3F };

    // Channel levels of the hue blocks: {low, 1/4, 1/2, 3/4, high} of the ramp between the
    // block's minimum and maximum, per intensity (full 0x3F, medium 0x1C, low 0x10) and
    // saturation (high, medium, low).
    private static readonly byte[][] s_hueLevels =
    {
        new byte[] { 0x00, 0x10, 0x1F, 0x2F, 0x3F }, new byte[] { 0x1F, 0x27, 0x2F, 0x37, 0x3F }, new byte[] { 0x2D, 0x31, 0x36, 0x3A, 0x3F },
        new byte[] { 0x00, 0x07, 0x0E, 0x15, 0x1C }, new byte[] { 0x0E, 0x11, 0x15, 0x18, 0x1C }, new byte[] { 0x14, 0x16, 0x18, 0x1A, 0x1C },
        new byte[] { 0x00, 0x04, 0x08, 0x0C, 0x10 }, new byte[] { 0x08, 0x0A, 0x0C, 0x0E, 0x10 }, new byte[] { 0x0B, 0x0C, 0x0D, 0x0F, 0x10 },
    };

    // Declared after the tables Build reads: static fields initialize in text order.
    private static readonly byte[] s_dac = Build();

    private static byte[] Build()
    {
        var dac = new byte[Colours * 3];
        // The 16 colours: bits 2, 1, 0 of the index turn red, green, blue on (0x2A), bit 3
        // adds 0x15 to every channel; colour 6 is brown (green at 0x15), as CGA showed it.
        for (int i = 0; i < 16; i++)
        {
            int bright = (i & 8) != 0 ? 0x15 : 0;
            Set(dac, i, ((i & 4) != 0 ? 0x2A : 0) + bright, ((i & 2) != 0 ? (i == 6 ? 0x15 : 0x2A) : 0) + bright, ((i & 1) != 0 ? 0x2A : 0) + bright);
        }
        for (int i = 0; i < 16; i++) Set(dac, 16 + i, s_greys[i], s_greys[i], s_greys[i]);
        for (int block = 0; block < s_hueLevels.Length; block++)
        {
            byte[] level = s_hueLevels[block];
            for (int hue = 0; hue < 24; hue++)
                Set(dac, 32 + block * 24 + hue, level[Ramp(hue + 16)], level[Ramp(hue + 8)], level[Ramp(hue)]);
        }
        return dac;
    }

    // One channel around the 24-step hue wheel, as an index into the five levels: blue is
    // high for steps 20..4 (through 0), falls over 4..8, is low over 8..16 and rises over
    // 16..20; red is the same curve 8 steps later (high 4..12), green 16 steps later.
    private static int Ramp(int step)
    {
        int s = step % 24;
        if (s <= 4) return 4;
        if (s < 8) return 4 - (s - 4);
        if (s <= 16) return 0;
        if (s < 20) return s - 16;
        return 4;
    }

    private static void Set(byte[] dac, int index, int red, int green, int blue)
    {
        dac[index * 3] = (byte)red;
        dac[index * 3 + 1] = (byte)green;
        dac[index * 3 + 2] = (byte)blue;
    }
}
