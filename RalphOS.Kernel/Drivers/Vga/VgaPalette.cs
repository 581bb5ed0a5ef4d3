// VgaPalette: the default VGA 256-colour palette (what the BIOS loads for mode 13h), made
// from its documented structure rather than stored: 0-15 the 16 EGA colours, 16-31 a grey
// ramp, 32-247 nine blocks of 24 hues (three brightnesses, each at three saturations),
// 248-255 black. Values are the DAC's 6-bit levels (0-63). VgaModeSetter loads it after a
// mode switch, since the BIOS is gone; BASIC's COLOR numbers are these entries. Pure.
namespace RalphOS.Kernel.Drivers.Vga;

internal static class VgaPalette
{
    public const int Count = 256;

    private static readonly byte[] _ega =
    {
        0, 0, 0,    0, 0, 42,   0, 42, 0,   0, 42, 42,   42, 0, 0,   42, 0, 42,   42, 21, 0,   42, 42, 42,
        21, 21, 21, 21, 21, 63, 21, 63, 21, 21, 63, 63,  63, 21, 21, 63, 21, 63,  63, 63, 21,  63, 63, 63,
    };

    private static readonly byte[] _greys = { 0, 5, 8, 11, 14, 17, 20, 24, 28, 32, 36, 40, 45, 50, 56, 63 };

    // Each hue block: the level of the full channel and the level of the empty one; the
    // three in between step evenly (halves rounded down, as the standard palette has them).
    private static readonly byte[] _blockLevels =
    {
        63, 0, 63, 31, 63, 45,
        28, 0, 28, 14, 28, 20,
        16, 0, 16, 8, 16, 11,
    };

    // Fills rgb (768 bytes) with the palette: red, green, blue for each entry.
    public static void Fill(byte[] rgb)
    {
        for (int i = 0; i < _ega.Length; i++)
            rgb[i] = _ega[i];
        for (int i = 0; i < 16; i++)
            SetEntry(rgb, 16 + i, _greys[i], _greys[i], _greys[i]);
        for (int block = 0; block < 9; block++)
            FillHueBlock(rgb, 32 + block * 24, _blockLevels[block * 2], _blockLevels[block * 2 + 1]);
        for (int i = 248; i < Count; i++)
            SetEntry(rgb, i, 0, 0, 0);
    }

    // 24 hues around the wheel from blue through magenta, red, yellow, green and cyan.
    private static void FillHueBlock(byte[] rgb, int first, int high, int low)
    {
        var levels = new byte[5];
        for (int i = 0; i < 5; i++)
            levels[i] = (byte)(low + ((high - low) * i + 1) / 4);
        for (int hue = 0; hue < 24; hue++)
        {
            int phase = hue / 4, step = hue % 4;
            byte rising = levels[step], falling = levels[4 - step];
            byte h = levels[4], l = levels[0];
            switch (phase)
            {
                case 0: SetEntry(rgb, first + hue, rising, l, h); break;   // blue -> magenta
                case 1: SetEntry(rgb, first + hue, h, l, falling); break;  // magenta -> red
                case 2: SetEntry(rgb, first + hue, h, rising, l); break;   // red -> yellow
                case 3: SetEntry(rgb, first + hue, falling, h, l); break;  // yellow -> green
                case 4: SetEntry(rgb, first + hue, l, h, rising); break;   // green -> cyan
                default: SetEntry(rgb, first + hue, l, falling, h); break; // cyan -> blue
            }
        }
    }

    private static void SetEntry(byte[] rgb, int index, byte red, byte green, byte blue)
    {
        rgb[index * 3] = red;
        rgb[index * 3 + 1] = green;
        rgb[index * 3 + 2] = blue;
    }
}
