// files: the data disk from a program, through System.IO's File and Directory:
//   files ls [DIR]          the files and directories in DIR (default: the root)
//   files cat NAME          print a file
//   files write NAME TEXT   write TEXT (the rest of the line) and a line end to NAME
//   files append NAME TEXT  add TEXT and a line end to the end of NAME
//   files rm NAME           delete NAME
//   files mkdir DIR         make a directory
//   files date              the wall clock (DateTime.Now) and the monotonic one
// Errors are the .NET exceptions File throws, reported in one line; exit code 1.
// `run files ls` at the monitor, SPAWN "files", "ls" in BASIC.
using System;
using System.Diagnostics;
using System.IO;

internal static class Program
{
    private const string Usage = "usage: files ls [DIR] | cat NAME | write NAME TEXT | append NAME TEXT | rm NAME | mkdir DIR | date";

    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.WriteLine(Usage);
            return 2;
        }
        try
        {
            return Run(args);
        }
        catch (IOException e)
        {
            Console.WriteLine($"files: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            Console.WriteLine($"files: {e.Message}");
        }
        return 1;
    }

    private static int Run(string[] args)
    {
        string command = args[0];
        string name = args.Length > 1 ? args[1] : null;
        // The rest of the command line, one space apart.
        string text = args.Length > 2 ? string.Join(" ", args, 2, args.Length - 2) : "";
        switch (command)
        {
            case "ls":
                List(name ?? "/");
                return 0;
            case "cat" when name != null:
                Console.Write(File.ReadAllText(name));
                return 0;
            case "write" when name != null:
                File.WriteAllText(name, $"{text}\n");
                Console.WriteLine($"files: wrote {name}");
                return 0;
            case "append" when name != null:
                File.AppendAllText(name, $"{text}\n");
                Console.WriteLine($"files: appended to {name}");
                return 0;
            case "rm" when name != null:
                if (!File.Exists(name))
                    throw new FileNotFoundException($"Could not find file '{name}'.", name);
                File.Delete(name);
                Console.WriteLine($"files: deleted {name}");
                return 0;
            case "mkdir" when name != null:
                Directory.CreateDirectory(name);
                Console.WriteLine($"files: made {name}");
                return 0;
            case "date":
                ShowClock();
                return 0;
            default:
                Console.WriteLine(Usage);
                return 2;
        }
    }

    private static void List(string directory)
    {
        string[] directories = Directory.GetDirectories(directory);
        string[] files = Directory.GetFiles(directory);
        foreach (string path in directories)
            Console.WriteLine($"{path}/");
        foreach (string path in files)
            Console.WriteLine($"{path,-30} {File.ReadAllBytes(path).Length,9} bytes");
        Console.WriteLine($"{files.Length} files, {directories.Length} directories");
    }

    private static void ShowClock()
    {
        var stopwatch = Stopwatch.StartNew();
        DateTime now = DateTime.UtcNow;
        Console.WriteLine($"utc {now.ToString("yyyy-MM-dd HH:mm:ss")} ticks {now.Ticks}");
        Console.WriteLine($"now {DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss")}");
        Console.WriteLine($"tickcount {Environment.TickCount64} ms; stopwatch {stopwatch.Elapsed.Ticks / 10} us, frequency {Stopwatch.Frequency}");
    }
}
