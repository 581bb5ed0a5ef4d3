// A screen in memory: one byte (a palette index) per pixel, 320x200 unless told otherwise.
// The host runner draws on it (and can save the picture: Graphics/PpmImage.cs) and tests
// read its pixels and whether the screen is held. The picture stays after LeaveGraphics,
// so the last frame of a program can still be inspected.
namespace RalphOS.Basic.Host;

public sealed class MemoryFramebuffer : IBasicGraphics
{
    /// <summary>Mode 13h: 320x200 pixels, 256 colours.</summary>
    public const int Mode13Width = 320;
    public const int Mode13Height = 200;

    private readonly byte[] _pixels;

    public MemoryFramebuffer(int width = Mode13Width, int height = Mode13Height)
    {
        Width = width;
        Height = height;
        _pixels = new byte[width * height];
    }

    public bool HasScreen => true;
    public int Width { get; }
    public int Height { get; }

    /// <summary>True between EnterGraphics and LeaveGraphics.</summary>
    public bool IsHeld { get; private set; }
    /// <summary>How often the screen was taken and given back (tests of ownership).</summary>
    public int EnterCount { get; private set; }
    public int LeaveCount { get; private set; }
    /// <summary>Pixels written (tests of clipping and of work done).</summary>
    public long PixelWrites { get; private set; }
    /// <summary>Set false to act as a screen another program holds: EnterGraphics fails.</summary>
    public bool Available = true;

    public bool EnterGraphics()
    {
        if (!Available) return false;
        if (!IsHeld) EnterCount++;
        IsHeld = true;
        return true;
    }

    public void LeaveGraphics()
    {
        if (!IsHeld) return;
        IsHeld = false;
        LeaveCount++;
    }

    public void SetPixel(int x, int y, int colour)
    {
        PixelWrites++;
        _pixels[y * Width + x] = (byte)colour;
    }

    public int GetPixel(int x, int y) => _pixels[y * Width + x];

    /// <summary>Pixel (x, y), or -1 off the screen (handy in tests).</summary>
    public int this[int x, int y] => x >= 0 && y >= 0 && x < Width && y < Height ? _pixels[y * Width + x] : -1;

    /// <summary>Number of pixels of one colour.</summary>
    public int Count(int colour)
    {
        int n = 0;
        for (int i = 0; i < _pixels.Length; i++) if (_pixels[i] == colour) n++;
        return n;
    }
}
