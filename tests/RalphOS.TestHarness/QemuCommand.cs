// QemuCommand: builds QEMU's command line and finds the pieces it needs (the binary on
// PATH, setsid for a private process group, the serial log folder). Used by QemuMachine.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace RalphOS.TestHarness;

public static class QemuCommand
{
    public const string QemuBinary = "qemu-system-x86_64";
    public const string LogDirectoryVariable = "RALPH_QEMU_LOG_DIR";
    private const string SetsidBinary = "setsid";
    private static int _logCounter;

    public static string FindQemu() =>
        FindOnPath(QemuBinary) ?? throw new QemuMachineException($"{QemuBinary} not found: run ./run.sh setup");

    public static string FindOnPath(string program)
    {
        string path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (string folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    public static ProcessStartInfo CreateStartInfo(string qemu, QemuOptions options, QemuAccelerator accelerator)
    {
        // setsid makes QEMU the leader of a new process group, so Dispose can signal the
        // whole group; without setsid QEMU runs directly and only it is killed.
        // A command prefix (e.g. `ip netns exec NS`) runs QEMU inside another context.
        string setsid = FindOnPath(SetsidBinary);
        var launch = new List<string>();
        if (setsid != null)
        {
            launch.Add(setsid);
        }
        launch.AddRange(options.CommandPrefix);
        launch.Add(qemu);
        var startInfo = new ProcessStartInfo(launch[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        for (int i = 1; i < launch.Count; i++)
        {
            startInfo.ArgumentList.Add(launch[i]);
        }
        string drive = $"format=raw,file={options.ImagePath}" + (options.Snapshot ? ",snapshot=on" : "");
        string[] standard =
        {
            "-drive", drive, "-serial", "stdio", "-display", "none", "-no-reboot",
            "-monitor", options.MonitorSocketPath == null ? "none" : $"unix:{options.MonitorSocketPath},server,nowait",
            "-m", $"{options.MemoryMiB}M",
        };
        foreach (string argument in standard)
        {
            startInfo.ArgumentList.Add(argument);
        }
        string[] acceleration = accelerator == QemuAccelerator.Kvm
            ? new[] { "-accel", "kvm", "-cpu", "qemu64" }
            : new[] { "-accel", "tcg" };
        foreach (string argument in acceleration)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (string argument in options.ExtraArguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        return startInfo;
    }

    public static string Describe(ProcessStartInfo startInfo)
    {
        var text = new StringBuilder(startInfo.FileName);
        foreach (string argument in startInfo.ArgumentList)
        {
            text.Append(' ').Append(argument);
        }
        return text.ToString();
    }

    /// <summary>$RALPH_QEMU_LOG_DIR or /tmp/ralphos-qemu-logs, one file per machine.</summary>
    public static string LogFilePath(string name)
    {
        string folder = Environment.GetEnvironmentVariable(LogDirectoryVariable);
        if (string.IsNullOrEmpty(folder))
        {
            folder = Path.Combine(Path.GetTempPath(), "ralphos-qemu-logs");
        }
        var safeName = new StringBuilder();
        foreach (char character in name ?? "qemu")
        {
            safeName.Append(char.IsLetterOrDigit(character) || character == '-' || character == '_' ? character : '_');
        }
        int sequence = System.Threading.Interlocked.Increment(ref _logCounter);
        string stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss");
        return Path.Combine(folder, $"{safeName}-{stamp}-{Environment.ProcessId}-{sequence}.log");
    }
}
