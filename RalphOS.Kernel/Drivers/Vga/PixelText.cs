// PixelText: draws text with Font8x8 into a 320x200 one-byte-per-pixel frame (mode 13h's
// layout): the memory map's status line, the console strip and the tooltip. Pure: the
// frame is a span (VGA memory in the kernel, an array in tests).
using System;

namespace RalphOS.Kernel.Drivers.Vga;

internal static class PixelText
{
    public const int ScreenWidth = 320;
    public const int ScreenHeight = 200;

    // Draws text from (x, y) in `foreground` on `background`; clipped at the frame's edges.
    public static void Draw(Span<byte> frame, int x, int y, string text, byte foreground, byte background)
    {
        for (int i = 0; i < text.Length; i++)
            DrawCharacter(frame, x + i * Font8x8.Width, y, text[i], foreground, background);
    }

    public static void DrawCharacter(Span<byte> frame, int x, int y, char c, byte foreground, byte background)
    {
        ReadOnlySpan<byte> glyph = Font8x8.Glyph(c);
        for (int row = 0; row < Font8x8.Height; row++)
        {
            int py = y + row;
            if (py < 0 || py >= ScreenHeight)
                continue;
            byte bits = glyph[row];
            for (int column = 0; column < Font8x8.Width; column++)
            {
                int px = x + column;
                if (px < 0 || px >= ScreenWidth)
                    continue;
                frame[py * ScreenWidth + px] = (bits & (0x80 >> column)) != 0 ? foreground : background;
            }
        }
    }
}
