// RalphOS.Basic.Cli: `RalphOS.Basic.Cli [--dir DIR] [--ppm PICTURE.ppm] FILE.bas [ARG...]`
// runs a program with stdin/stdout (ARG$(0) is FILE.bas, ARG$(1..ARGC) the ARGs) and exits
// (exit code 1 if it ended with an error); with no file it runs the REPL until EOF or SYSTEM.
// SAVE, LOAD, FILES, KILL, NAME, MKDIR/CHDIR/RMDIR and data files work on the host
// directory DIR (default: the current one; HostDirectoryFileStore), next to the repo's bas/
// programs (or $RALPH_BAS_DIR), read-only. Graphics draw on a 320x200 screen in memory;
// with --ppm the last picture is written to that file. `./run.sh basic` runs the native
// build of this (NativeAOT, build/basic/RalphOS.Basic.Cli).
using System;
using System.Collections.Generic;
using System.IO;
using RalphOS.Basic.Graphics;
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var console = new ConsoleHost();
        var screen = new MemoryFramebuffer();
        string picture = null, directory = ".";
        while (args.Length >= 2 && (args[0] == "--ppm" || args[0] == "--dir"))
        {
            if (args[0] == "--ppm") picture = args[1];
            else directory = args[1];
            args = args[2..];
        }
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine("Directory not found: " + directory);
            return 2;
        }
        var files = new HostDirectoryFileStore(directory, BuiltInPrograms());
        var host = new BasicHost(console, console, files, new HostSystem(console, console, files), new NoSockets(), screen);
        var repl = new BasicRepl(host);
        int exitCode = args.Length > 0 ? RunFile(repl, console, args) : RunRepl(repl, console);
        if (picture != null) File.WriteAllBytes(picture, PpmImage.Encode(screen));
        return exitCode;
    }

    private static int RunRepl(BasicRepl repl, ConsoleHost console)
    {
        console.CatchCtrlC();
        repl.Start();
        while (console.ReadLine(out string line))
        {
            console.ClearBreak();
            if (repl.FeedLine(line) == ReplStatus.Exit) break;
            console.Flush();
        }
        console.Flush();
        return 0;
    }

    private static int RunFile(BasicRepl repl, ConsoleHost console, string[] args)
    {
        string path = args[0];
        if (!File.Exists(path))
        {
            Console.Error.WriteLine("File not found: " + path);
            return 2;
        }
        string error = repl.LoadText(File.ReadAllText(path));
        if (error != null)
        {
            console.Write(error + "\n");
            console.Flush();
            return 1;
        }
        repl.Machine.Arguments = args;
        RunOutcome outcome = repl.RunProgram();
        console.Flush();
        return outcome == RunOutcome.Errored ? 1 : 0;
    }

    /// <summary>Every .bas file of the repo's bas/ folder by upper-case name, as the kernel embeds them.</summary>
    private static Dictionary<string, string> BuiltInPrograms()
    {
        var programs = new Dictionary<string, string>();
        string dir = Environment.GetEnvironmentVariable("RALPH_BAS_DIR");
        if (string.IsNullOrEmpty(dir))
        {
            string probe = AppContext.BaseDirectory;
            for (int i = 0; i < 8 && probe != null; i++)
            {
                if (Directory.Exists(Path.Combine(probe, "bas")) && File.Exists(Path.Combine(probe, "Directory.Build.props")))
                {
                    dir = Path.Combine(probe, "bas");
                    break;
                }
                probe = Path.GetDirectoryName(probe.TrimEnd('/'));
            }
        }
        if (dir == null || !Directory.Exists(dir)) return programs;
        foreach (string f in Directory.GetFiles(dir, "*.bas"))
            programs[MemoryFileStore.Normalize(Path.GetFileNameWithoutExtension(f))] = File.ReadAllText(f);
        return programs;
    }
}
