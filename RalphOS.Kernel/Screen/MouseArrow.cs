// MouseArrow: the mouse pointer's picture, an arrow 8 pixels wide and 10 high with a black
// outline around a white body so it shows on every colour of the map. The hot spot is the
// top-left pixel. ScreenService draws it over the map and restores what was under it from
// the map's shadow frame. Pure data.
namespace RalphOS.Kernel.Screen;

internal static class MouseArrow
{
    public const int Width = 8;
    public const int Height = 10;
    public const byte Transparent = 0xFF;
    private const byte Outline = 0;    // default palette: black
    private const byte Body = 15;      // default palette: white

    // 'X' outline, 'o' body, '.' transparent.
    private const string Shape =
        "X......." +
        "XX......" +
        "XoX....." +
        "XooX...." +
        "XoooX..." +
        "XooooX.." +
        "XoooooX." +
        "XooXXXX." +
        "XoX....." +
        "XX......";

    public static byte PixelAt(int x, int y) => Shape[y * Width + x] switch
    {
        'X' => Outline,
        'o' => Body,
        _ => Transparent,
    };
}
