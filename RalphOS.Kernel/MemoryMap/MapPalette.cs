// MapPalette: the colour of each kind of memory on the map, as indexes into the default
// VGA 256-colour palette (0-15 the EGA colours, 32-55 bright hues). Managed objects of a
// task get one of eight warm colours by task id, so two busy tasks can be told apart.
// Colour names below are the default palette's. Pure; used by MemoryMapPainter and the
// README's legend.
namespace RalphOS.Kernel.MemoryMap;

internal static class MapPalette
{
    public const byte Black = 0;
    public const byte Blue = 1;
    public const byte Green = 2;
    public const byte Cyan = 3;
    public const byte Red = 4;
    public const byte Magenta = 5;
    public const byte Brown = 6;
    public const byte LightGray = 7;
    public const byte DarkGray = 8;
    public const byte LightBlue = 9;
    public const byte LightCyan = 11;
    public const byte LightRed = 12;
    public const byte LightMagenta = 13;
    public const byte Yellow = 14;
    public const byte White = 15;
    public const byte Violet = 34;      // of the bright hues at 32-55: blue-magenta

    // Task heaps: light red, yellow, orange, light magenta, rose, red-orange, amber, pink.
    private static readonly byte[] _taskColors = { LightRed, Yellow, 42, LightMagenta, 38, 41, 43, 37 };

    public static byte ColorOf(MemoryKind kind, int owner) => kind switch
    {
        MemoryKind.KernelCode => Blue,
        MemoryKind.KernelReadOnlyData => Cyan,
        MemoryKind.KernelData => Magenta,
        MemoryKind.BootData => LightBlue,
        MemoryKind.HeapMetadata => LightGray,
        MemoryKind.HeapFree => Green,
        MemoryKind.HeapKernel => Red,
        MemoryKind.HeapNative => Brown,
        MemoryKind.HeapTask => _taskColors[(owner & 0x7FFF_FFFF) % _taskColors.Length],
        MemoryKind.Stack => LightCyan,
        MemoryKind.GuardPage => DarkGray,
        MemoryKind.ProgramImage => Violet,
        _ => Black,
    };

    public static string NameOf(MemoryKind kind) => kind switch
    {
        MemoryKind.KernelCode => "kernel code",
        MemoryKind.KernelReadOnlyData => "kernel read-only data",
        MemoryKind.KernelData => "kernel static data",
        MemoryKind.BootData => "symbols+files",
        MemoryKind.HeapMetadata => "heap bitmaps",
        MemoryKind.HeapFree => "free",
        MemoryKind.HeapKernel => "heap block",
        MemoryKind.HeapNative => "kernel data",
        MemoryKind.HeapTask => "heap block",
        MemoryKind.Stack => "stack",
        MemoryKind.GuardPage => "guard page",
        MemoryKind.ProgramImage => "program image",
        _ => "unused",
    };
}
