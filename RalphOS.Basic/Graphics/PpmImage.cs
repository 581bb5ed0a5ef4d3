// Encodes a screen as a binary PPM image (the netpbm "P6" format: a text header
// "P6\n<width> <height>\n255\n", then red, green, blue bytes per pixel, rows top to
// bottom), each colour index mapped through the default VGA palette. The host runner
// writes it to a file (`./run.sh basic FILE --ppm OUT.ppm`); tests look at it.
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Graphics;

public static class PpmImage
{
    private const int MaxChannel = 255;

    public static byte[] Encode(IBasicGraphics screen)
    {
        string header = $"P6\n{screen.Width} {screen.Height}\n{MaxChannel}\n";
        var bytes = new byte[header.Length + screen.Width * screen.Height * 3];
        for (int i = 0; i < header.Length; i++) bytes[i] = (byte)header[i];
        int o = header.Length;
        for (int y = 0; y < screen.Height; y++)
        {
            for (int x = 0; x < screen.Width; x++)
            {
                int rgb = DefaultPalette.Rgb(screen.GetPixel(x, y));
                bytes[o++] = (byte)(rgb >> 16);
                bytes[o++] = (byte)(rgb >> 8);
                bytes[o++] = (byte)rgb;
            }
        }
        return bytes;
    }
}
