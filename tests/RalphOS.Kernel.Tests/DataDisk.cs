// DataDisk: a FAT image file attached to a test machine as its data disk (IDE primary
// slave, as ./run.sh attaches build/disk.img), made by mkfs.fat and read or checked with
// mtools and fsck.fat -n. Deleted when disposed.
using System;
using System.Diagnostics;
using System.IO;

namespace RalphOS.Kernel.Tests;

internal sealed class DataDisk : IDisposable
{
    private const int ToolTimeoutMs = 30_000;

    public string Path { get; }

    /// <summary>A fresh volume: mkfs.fat arguments such as "-F 16" and the size in KiB.</summary>
    public DataDisk(string mkfsOptions = "-F 16", int sizeKiB = 32768)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ralph-disk-{Guid.NewGuid():N}.img");
        Run("mkfs.fat", $"-C {mkfsOptions} -n RALPHDISK {Path} {sizeKiB}");
    }

    /// <summary>The QEMU arguments that attach this disk.</summary>
    public string[] QemuArguments => new[] { "-drive", $"format=raw,file={Path},if=ide,index=1" };

    public void CopyIn(string fatName, string content)
    {
        string host = System.IO.Path.GetTempFileName();
        File.WriteAllText(host, content);
        Run("mcopy", $"-i {Path} -o {host} ::{fatName}");
        File.Delete(host);
    }

    public void CopyIn(string fatName, byte[] content)
    {
        string host = System.IO.Path.GetTempFileName();
        File.WriteAllBytes(host, content);
        Run("mcopy", $"-i {Path} -o {host} ::{fatName}");
        File.Delete(host);
    }

    public string Type(string fatName) => Run("mtype", $"-i {Path} ::{fatName}").Output;

    public (int ExitCode, string Output) Check() => Run("fsck.fat", $"-n {Path}", allowFailure: true);

    private static (int ExitCode, string Output) Run(string tool, string args, bool allowFailure = false)
    {
        var info = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
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

    public void Dispose() => File.Delete(Path);
}
