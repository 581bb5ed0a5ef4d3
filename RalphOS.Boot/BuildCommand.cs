// BuildCommand: `build --stage1 F --stage2 F --kernel-bin F --kernel-elf F [--files F]
// [--vga] [--cmdline TEXT] --out IMG` - reads the inputs, lets ImageBuilder lay out the
// image, writes it and prints a one-line summary per segment.
using System;
using System.Collections.Generic;
using System.IO;

namespace RalphOS.Boot;

public static class BuildCommand
{
    private static readonly string[] _valueOptions =
        { "--stage1", "--stage2", "--kernel-bin", "--kernel-elf", "--files", "--cmdline", "--out" };
    private static readonly string[] _flagOptions = { "--vga" };

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        CommandArguments options = CommandArguments.Parse(args, _valueOptions, _flagOptions);
        if (options.Positionals.Count > 0)
        {
            throw new UsageException($"build takes no positional argument ({options.Positionals[0]})");
        }
        string kernelElfPath = options.Required("--kernel-elf");
        string filesPath = options.Optional("--files");
        var input = new ImageBuildInput
        {
            Stage1 = ToolFiles.Read(options.Required("--stage1"), "stage1"),
            Stage2 = ToolFiles.Read(options.Required("--stage2"), "stage2"),
            KernelBinary = ToolFiles.Read(options.Required("--kernel-bin"), "kernel binary"),
            KernelElf = ElfReader.Read(ToolFiles.Read(kernelElfPath, "kernel ELF"), kernelElfPath),
            Files = filesPath == null ? null : ToolFiles.Read(filesPath, "files"),
            Flags = options.Has("--vga") ? ImageFlags.VgaMode13h : ImageFlags.None,
            Cmdline = options.Optional("--cmdline") ?? "",
        };
        string outputPath = options.Required("--out");
        byte[] image = ImageBuilder.Build(input);
        ToolFiles.Write(outputPath, image, "image");
        output.WriteLine($"wrote {outputPath}: {image.Length / BootLayout.SectorSize} sectors ({image.Length} bytes)");
        HeaderPrinter.Print(ImageHeader.ReadFrom(image.AsSpan(
            BootLayout.Stage2FirstLba * BootLayout.SectorSize + ImageHeader.Find(input.Stage2), ImageHeader.Size)), output);
        return 0;
    }
}
