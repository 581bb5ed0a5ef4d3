// KernelImages: where the build put the images and the kernel ELF (the repo's build/
// folder), found by walking up from the test assembly to the folder holding RalphOS.sln,
// and copies of the standard image with a kernel command line (net=static, dns=...).
using System;
using System.Diagnostics;
using System.IO;

namespace RalphOS.Kernel.Tests;

internal static class KernelImages
{
    public static string RepositoryRoot { get; } = FindRoot();
    public static string BuildDirectory => Path.Combine(RepositoryRoot, "build");
    public static string Standard => Existing("ralph_os.img");
    public static string Large => Existing("ralph_os_large.img");
    public static string KernelElf => Existing("kernel.elf");

    // The image tool built with the solution (Debug, as the tests are).
    public static string ImageTool
    {
        get
        {
            string path = Path.Combine(RepositoryRoot, "RalphOS.Boot", "bin", "Debug", "net10.0", "RalphOS.Boot.dll");
            if (!File.Exists(path))
                throw new FileNotFoundException($"{path} is missing: build first (./run.sh build)");
            return path;
        }
    }

    // A copy of the standard image whose command line says net=static (no DHCP).
    public static string StaticAddressImage() => WithCommandLine("static", "net=static");

    // A copy of the standard image with the given kernel command line; `tag` names the copy.
    public static string WithCommandLine(string tag, string commandLine)
    {
        string copy = Path.Combine(Path.GetTempPath(), $"ralph_os_{tag}_{Environment.ProcessId}.img");
        File.Copy(Standard, copy, overwrite: true);
        var tool = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { ImageTool, "set", copy, "--cmdline", commandLine })
            tool.ArgumentList.Add(argument);
        using Process process = Process.Start(tool);
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000) || process.ExitCode != 0)
            throw new InvalidOperationException("image tool failed: " + output);
        return copy;
    }

    private static string Existing(string name)
    {
        string path = Path.Combine(BuildDirectory, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} is missing: build first (./run.sh build or dotnet build)");
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RalphOS.sln")))
                return directory.FullName;
        }
        throw new DirectoryNotFoundException("RalphOS.sln not found above " + AppContext.BaseDirectory);
    }
}
