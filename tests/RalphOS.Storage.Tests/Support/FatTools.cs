// FatTools: the host's FAT tools the tests compare against: mkfs.fat makes images, mcopy
// fills them, mtype and mdir read what our code wrote, fsck.fat -n checks them. Every call
// is bounded (a tool that hangs fails the test instead of stalling the run).
using System;
using System.Diagnostics;
using System.IO;
using RalphOS.Kernel.FileSystem.Fat;

namespace RalphOS.Storage.Tests.Support;

public static class FatTools
{
    private const int ToolTimeoutMs = 30_000;

    /// <summary>A fresh FAT image of the given type in a temporary file; returns its path.</summary>
    public static string MakeImage(FatType type, string label = "RALPHTEST")
    {
        string path = Path.Combine(Path.GetTempPath(), $"ralph-fat-{Guid.NewGuid():N}.img");
        string args = type switch
        {
            FatType.Fat12 => $"-C -F 12 -n {label} {path} 1440",
            FatType.Fat16 => $"-C -F 16 -n {label} {path} 16384",
            _ => $"-C -F 32 -s 1 -n {label} {path} 40960",
        };
        Run("mkfs.fat", args);
        return path;
    }

    public static void CopyIn(string image, string hostFile, string fatPath) =>
        Run("mcopy", $"-i {image} -o \"{hostFile}\" \"::{fatPath}\"");

    public static void MakeDirectory(string image, string fatPath) => Run("mmd", $"-i {image} \"::{fatPath}\"");

    public static string Type(string image, string fatPath) => Run("mtype", $"-i {image} \"::{fatPath}\"").Output;

    public static string Directory(string image, string fatPath) => Run("mdir", $"-i {image} \"::{fatPath}\"").Output;

    /// <summary>fsck.fat -n: exit code and output.</summary>
    public static (int ExitCode, string Output) Check(string image) => Run("fsck.fat", $"-n {image}", allowFailure: true);

    public static (int ExitCode, string Output) Run(string tool, string args, bool allowFailure = false)
    {
        var info = new ProcessStartInfo(tool, args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["MTOOLS_SKIP_CHECK"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ToolTimeoutMs))
        {
            process.Kill(true);
            throw new TimeoutException($"{tool} {args} did not finish");
        }
        string output = stdout.Result + stderr.Result;
        if (!allowFailure && process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {args} failed ({process.ExitCode}): {output}");
        return (process.ExitCode, output);
    }
}
