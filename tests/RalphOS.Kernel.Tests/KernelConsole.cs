// KernelConsole: a booted Ralph OS machine driven through its serial console: boots an
// image into BASIC, types SYSTEM to reach the kernel monitor's `ralph>` prompt, runs
// commands and returns what each printed.
using System;
using RalphOS.TestHarness;

namespace RalphOS.Kernel.Tests;

internal sealed class KernelConsole : IDisposable
{
    public const string Prompt = "ralph> ";
    public static readonly System.Text.RegularExpressions.Regex BasicReady =
        new System.Text.RegularExpressions.Regex(@"Ralph OS BASIC \d+\.\d+\r?\n\d+ bytes free\r?\n> ");
    public static readonly TimeSpan BootTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private KernelConsole(QemuMachine machine)
    {
        Machine = machine;
    }

    public QemuMachine Machine { get; }

    public static KernelConsole Boot(string name, string image = null, int memoryMiB = 128, params string[] extraArguments) =>
        Boot(name, image, memoryMiB, Array.Empty<string>(), extraArguments);

    // commandPrefix runs QEMU under another program (e.g. inside a network namespace).
    public static KernelConsole Boot(string name, string image, int memoryMiB, string[] commandPrefix, params string[] extraArguments)
    {
        var options = new QemuOptions
        {
            ImagePath = image ?? KernelImages.Standard,
            MemoryMiB = memoryMiB,
            Name = name,
            Snapshot = true,
        };
        options.ExtraArguments.AddRange(extraArguments);
        options.CommandPrefix.AddRange(commandPrefix);
        var machine = QemuMachine.Start(options);
        var console = new KernelConsole(machine);
        try
        {
            // The machine boots into BASIC; SYSTEM opens the kernel monitor these tests drive.
            machine.WaitFor(BasicReady, BootTimeout);
            machine.Send("SYSTEM\r");
            machine.WaitFor(Prompt, BootTimeout);
        }
        catch
        {
            machine.Dispose();
            throw;
        }
        return console;
    }

    // Types a command and Enter; returns the output up to the next prompt (the echoed
    // command line included).
    public string Run(string command, TimeSpan? timeout = null) => Run(command, Prompt, timeout);

    // The same, for a session with another prompt (BASIC's "> " at the start of a line).
    public string Run(string command, string prompt, TimeSpan? timeout = null)
    {
        int start = Machine.SerialOutput.Length;
        Machine.Send(command + "\r");
        Machine.WaitFor(prompt, timeout ?? CommandTimeout);
        string all = Machine.SerialOutput;
        int end = all.LastIndexOf(prompt, StringComparison.Ordinal);
        return end > start ? all.Substring(start, end - start) : all.Substring(start);
    }

    /// <summary>The monitor's `uptime`: milliseconds of the guest's own clock since boot.
    /// Timing checks use it, never the host's clock (a busy host slows the guest down).</summary>
    public long UptimeMs()
    {
        string output = Run("uptime");
        var m = System.Text.RegularExpressions.Regex.Match(output, @"up (\d+) ms");
        if (!m.Success) throw new InvalidOperationException("unexpected uptime output: " + output);
        return long.Parse(m.Groups[1].Value);
    }

    public void Dispose() => Machine.Dispose();
}
