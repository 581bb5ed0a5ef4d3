// VgaScreen: the kernel's one screen. It knows the mode (text mode 3 or mode 13h, as stage
// 2 left it or as switched since), switches between them at run time (VgaModeSetter), and
// lends mode 13h's 320x200 framebuffer to one owner at a time: a program that asked for
// graphics (BASIC's SCREEN 13, through the shell's graphics seam) gets it with
// TryAcquireGraphics and draws with SetPixel/GetPixel; while it holds the screen the memory
// map and the console strip stay off it; Release gives the screen back (to the map when it
// runs, else to text mode). Callers: ScreenConsole, MemoryMapService, the BASIC shell.
using System;
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Drivers.Vga;

internal static unsafe class VgaScreen
{
    public const int Width = 320;
    public const int Height = 200;
    public const int NoOwner = -1;
    public const uint BiosMode13h = 0x13;
    private const ulong GraphicsMemory = 0xA0000;  // 64 KiB window, chained in mode 13h
    private const ulong TextMemory = 0xB8000;      // 80x25 cells of character + attribute
    private const int WindowBytes = 0x10000;

    private static VgaModeSetter _modes;
    private static bool _graphicsWanted;

    // Stage 2 set mode 13h (the image's video flag) or left text mode 3.
    public static void Initialize(uint bootVideoMode)
    {
        _modes = new VgaModeSetter(new PortIo());
        IsPresent = _modes.IsPresent();
        IsGraphics = bootVideoMode == BiosMode13h;
        _graphicsWanted = IsGraphics;
        Owner = NoOwner;
    }

    public static bool IsInitialized => _modes != null;
    // False on a machine without a VGA (QEMU -vga none): nobody gets the screen then.
    public static bool IsPresent { get; private set; }
    public static bool IsGraphics { get; private set; }

    // The task id of the program holding the screen, or NoOwner.
    public static int Owner { get; private set; }

    // Bumped whenever the screen's content was taken from whoever drew it last (a mode
    // switch, an owner arriving or leaving): they must redraw everything.
    public static uint Generation { get; private set; }

    public static Span<byte> Frame => new Span<byte>((void*)GraphicsMemory, Width * Height);
    public static ushort* TextCells => (ushort*)TextMemory;

    public static bool TryAcquireGraphics(int taskId)
    {
        if (!IsPresent)
            return false;
        if (Owner != NoOwner && Owner != taskId)
            return false;
        Owner = taskId;
        SwitchTo(graphics: true);
        Frame.Clear();
        Generation++;
        return true;
    }

    // Gives the screen back: to the memory map if the machine booted with it, else text.
    public static void Release(int taskId)
    {
        if (Owner != taskId)
            return;
        Owner = NoOwner;
        SwitchTo(_graphicsWanted);
        Generation++;
    }

    public static void SetPixel(int x, int y, byte color)
    {
        if (IsGraphics && (uint)x < Width && (uint)y < Height)
            ((byte*)GraphicsMemory)[y * Width + x] = color;
    }

    public static byte GetPixel(int x, int y) =>
        IsGraphics && (uint)x < Width && (uint)y < Height ? ((byte*)GraphicsMemory)[y * Width + x] : (byte)0;

    // What the screen shows while no program holds it: the memory map (mode 13h) or the
    // console (text mode). Takes effect at once unless a program holds the screen.
    public static bool MapWanted => _graphicsWanted;

    public static void ShowMap(bool map)
    {
        _graphicsWanted = map;
        if (Owner == NoOwner)
            SwitchTo(map);
    }

    // Mode 13h or text mode 3 now (ShowMap and the owner calls use it).
    private static void SwitchTo(bool graphics)
    {
        if (graphics == IsGraphics)
            return;
        if (graphics)
            _modes.SetMode13h();
        else
            _modes.SetTextMode(new Span<byte>((void*)GraphicsMemory, WindowBytes));
        IsGraphics = graphics;
        Generation++;
    }
}
