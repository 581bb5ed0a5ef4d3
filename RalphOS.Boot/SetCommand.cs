// SetCommand: `set IMG [--vga|--no-vga] [--cmdline TEXT]` - edits the flags and cmdline of
// an existing image's header in place; segments and every other byte stay as they are.
using System.Collections.Generic;
using System.IO;

namespace RalphOS.Boot;

public static class SetCommand
{
    private static readonly string[] _valueOptions = { "--cmdline" };
    private static readonly string[] _flagOptions = { "--vga", "--no-vga" };

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        CommandArguments options = CommandArguments.Parse(args, _valueOptions, _flagOptions);
        if (options.Positionals.Count != 1)
        {
            throw new UsageException("set needs exactly one image path");
        }
        if (options.Has("--vga") && options.Has("--no-vga"))
        {
            throw new UsageException("--vga and --no-vga contradict each other");
        }
        DiskImage image = DiskImage.Load(options.Positionals[0]);
        ImageHeader header = image.Header;
        if (options.Has("--vga"))
        {
            header.Flags |= ImageFlags.VgaMode13h;
        }
        if (options.Has("--no-vga"))
        {
            header.Flags &= ~ImageFlags.VgaMode13h;
        }
        string cmdline = options.Optional("--cmdline");
        if (cmdline != null)
        {
            ImageHeader.ValidateCmdline(cmdline);
            header.Cmdline = cmdline;
        }
        image.Save();
        output.WriteLine($"updated {options.Positionals[0]}: flags 0x{(uint)header.Flags:X}, cmdline \"{header.Cmdline}\"");
        return 0;
    }
}
