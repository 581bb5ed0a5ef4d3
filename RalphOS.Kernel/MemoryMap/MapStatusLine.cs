// MapStatusLine: the line under the memory map (rows 192-199, 40 characters of the 8x8
// font): uptime, heap used of total, live tasks and the bytes one pixel stands for, e.g.
//   up 0:03:07 heap 5.2M/124M 6 tasks 4K/px
// Pure; ScreenService refreshes it once a second. Host-tested.
namespace RalphOS.Kernel.MemoryMap;

internal static class MapStatusLine
{
    public const int MaxLength = 40;

    public static string Format(ulong milliseconds, ulong heapUsed, ulong heapTotal, int tasks, ulong bytesPerPixel)
    {
        ulong seconds = milliseconds / 1000;
        string uptime = $"{seconds / 3600}:{Two(seconds / 60 % 60)}:{Two(seconds % 60)}";
        string line = $"up {uptime} heap {Mebibytes(heapUsed)}/{Mebibytes(heapTotal)} {tasks} tasks {bytesPerPixel / 1024}K/px";
        return line.Length > MaxLength ? line.Substring(0, MaxLength) : line.PadRight(MaxLength);
    }

    private static string Two(ulong value) => value < 10 ? $"0{value}" : value.ToString();

    // One decimal below 10 MiB ("5.2M"), whole MiB above ("124M").
    private static string Mebibytes(ulong bytes)
    {
        ulong tenths = bytes * 10 / (1024 * 1024);
        return tenths < 100 ? $"{tenths / 10}.{tenths % 10}M" : $"{tenths / 10}M";
    }
}
