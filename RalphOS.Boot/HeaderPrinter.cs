// HeaderPrinter: the readable form of an ImageHeader, shared by `build` and `show`.
using System.IO;

namespace RalphOS.Boot;

public static class HeaderPrinter
{
    public static void Print(ImageHeader header, TextWriter output)
    {
        string vga = (header.Flags & ImageFlags.VgaMode13h) != 0 ? " (VGA mode 13h)" : " (text mode)";
        output.WriteLine($"flags 0x{(uint)header.Flags:X}{vga}");
        output.WriteLine($"cmdline \"{header.Cmdline}\"");
        output.WriteLine($"segments {header.Segments.Count}");
        foreach (ImageSegment segment in header.Segments)
        {
            output.WriteLine(
                $"  {segment.Kind,-8} lba {segment.Lba,6} sectors {segment.Sectors,6} file {segment.FileSize,9} bytes  " +
                $"load 0x{segment.LoadAddress:X8} mem {segment.MemorySize,9} bytes  crc32 0x{segment.Crc32:X8}");
        }
    }
}
