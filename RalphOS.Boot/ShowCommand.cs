// ShowCommand: `show IMG` - prints an image's header and segments, and checks every
// segment's CRC-32 against the bytes on disk (and the symbol count of the symbols segment).
using System.Collections.Generic;
using System.IO;

namespace RalphOS.Boot;

public static class ShowCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        CommandArguments options = CommandArguments.Parse(args, new string[0], new string[0]);
        if (options.Positionals.Count != 1)
        {
            throw new UsageException("show needs exactly one image path");
        }
        DiskImage image = DiskImage.Load(options.Positionals[0]);
        output.WriteLine($"image {options.Positionals[0]}: {image.Length} bytes, header at byte {image.HeaderOffset}");
        HeaderPrinter.Print(image.Header, output);
        bool allGood = true;
        foreach (ImageSegment segment in image.Header.Segments)
        {
            byte[] bytes = image.SegmentBytes(segment);
            if (bytes == null)
            {
                output.WriteLine($"  {segment.Kind}: MISSING (image ends before LBA {segment.Lba} + {segment.FileSize} bytes)");
                allGood = false;
                continue;
            }
            bool crcOk = Crc32.Compute(bytes) == segment.Crc32;
            allGood &= crcOk;
            string detail = segment.Kind == SegmentKind.Symbols && crcOk ? $", {SymbolTable.Parse(bytes).Count} symbols" : "";
            output.WriteLine($"  {segment.Kind}: crc {(crcOk ? "ok" : "MISMATCH")}{detail}");
        }
        return allGood ? 0 : 1;
    }
}
