// Program: entry point of the image tool (`dotnet RalphOS.Boot.dll <command> ...`).
//
// Commands: build, set, show, pack (see Help). Exit codes: 0 success, 1 error in the input
// (message on stderr, never a stack trace), 2 usage error (help printed). Run() is public
// so tests can drive the tool in-process with their own writers.
using System;
using System.IO;

namespace RalphOS.Boot;

public static class Program
{
    public const int ExitOk = 0;
    public const int ExitError = 1;
    public const int ExitUsage = 2;

    public const string Help =
@"Ralph OS image tool

usage: RalphOS.Boot <command> [options]

  build --stage1 FILE --stage2 FILE --kernel-bin FILE --kernel-elf FILE
        [--files FILE] [--vga] [--cmdline TEXT] --out IMAGE
      write a bootable disk image: stage1, stage2 with its header filled in, the kernel
      (load address and memory size from the ELF), a symbols segment from the ELF's
      .symtab and the optional files blob.
  set IMAGE [--vga | --no-vga] [--cmdline TEXT]
      change the VGA flag and/or the kernel command line of an existing image.
  show IMAGE
      print the image header and check each segment's CRC-32.
  pack --out ARCHIVE FILE...
      write a files-segment archive (for build --files) holding the given files.
";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            if (args.Length == 0)
            {
                throw new UsageException("no command given");
            }
            string[] rest = args[1..];
            switch (args[0])
            {
                case "build":
                    return BuildCommand.Run(rest, output);
                case "set":
                    return SetCommand.Run(rest, output);
                case "show":
                    return ShowCommand.Run(rest, output);
                case "pack":
                    return PackCommand.Run(rest, output);
                case "help":
                case "--help":
                case "-h":
                    output.Write(Help);
                    return ExitOk;
                default:
                    throw new UsageException($"unknown command {args[0]}");
            }
        }
        catch (UsageException error)
        {
            errors.WriteLine($"error: {error.Message}");
            errors.WriteLine();
            errors.Write(Help);
            return ExitUsage;
        }
        catch (ImageToolException error)
        {
            errors.WriteLine($"error: {error.Message}");
            return ExitError;
        }
    }
}
