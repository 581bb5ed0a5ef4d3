// VgaMachine: a Ralph OS machine for the screen tests: a copy of the image with the video
// flag (mode 13h, the memory map) or without (text mode) and log=debug on its command
// line, booted with -device VGA and the i8042 and a monitor socket, up to BASIC's prompt.
// Screendump reads the screen; MapPixel reads one pixel of the 320x200 mode whatever size
// QEMU renders it at.
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using RalphOS.TestHarness;

namespace RalphOS.Kernel.Tests;

internal sealed class VgaMachine : IDisposable
{
    private static readonly TimeSpan ScreenTimeout = TimeSpan.FromSeconds(30);
    private readonly string _folder;
    private int _shots;

    private VgaMachine(string folder, QemuMachine machine, QemuMonitor monitor)
    {
        _folder = folder;
        Machine = machine;
        Monitor = monitor;
    }

    public QemuMachine Machine { get; }
    public QemuMonitor Monitor { get; }

    public static VgaMachine Boot(string name, bool vga)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"ralphos-vga-{Environment.ProcessId}-{name}");
        Directory.CreateDirectory(folder);
        string image = Path.Combine(folder, "ralph_os.img");
        File.Copy(KernelImages.Standard, image, overwrite: true);
        RunImageTool("set", image, vga ? "--vga" : "--no-vga", "--cmdline", "log=debug");
        string socket = Path.Combine(folder, "monitor.sock");
        var options = new QemuOptions { ImagePath = image, MemoryMiB = 128, Name = name, MonitorSocketPath = socket };
        options.ExtraArguments.AddRange(new[] { "-device", "VGA", "-machine", "pc,i8042=on" });
        var machine = QemuMachine.Start(options);
        try
        {
            machine.WaitFor(KernelConsole.BasicReady, KernelConsole.BootTimeout);
            var monitor = QemuMonitor.Connect(socket, TimeSpan.FromSeconds(10));
            return new VgaMachine(folder, machine, monitor);
        }
        catch
        {
            machine.Dispose();
            throw;
        }
    }

    // Types a line on the serial console and waits for BASIC's next prompt.
    public void RunBasic(string line)
    {
        Machine.Send(line + "\r");
        Machine.WaitFor(BasicTests.BasicPrompt, ScreenTimeout);
    }

    // Runs a kernel monitor command (after SYSTEM) and waits for its next prompt.
    public void RunMonitor(string command)
    {
        Machine.Send(command + "\r");
        Machine.WaitFor(KernelConsole.Prompt, ScreenTimeout);
    }

    public PpmImage Screendump() => Monitor.Screendump(Path.Combine(_folder, $"shot{_shots++}.ppm"));

    // Screenshots until `ready` holds (the screen task repaints within a fraction of a
    // second; under TCG it may take longer); the last one if it never does.
    public PpmImage WaitForScreen(Func<PpmImage, bool> ready)
    {
        var clock = Stopwatch.StartNew();
        PpmImage shot = Screendump();
        while (!ready(shot) && clock.Elapsed < ScreenTimeout)
        {
            Thread.Sleep(500);
            shot = Screendump();
        }
        return shot;
    }

    public (byte Red, byte Green, byte Blue) MapPixel(PpmImage image, int x, int y)
    {
        int scaleX = image.Width / 320, scaleY = image.Height / 200;
        return image.Pixel(x * Math.Max(1, scaleX), y * Math.Max(1, scaleY));
    }

    public void Dispose()
    {
        Monitor.Dispose();
        Machine.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void RunImageTool(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(KernelImages.ImageTool);
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        using var tool = Process.Start(start);
        tool.WaitForExit(60_000);
        if (tool.ExitCode != 0)
            throw new InvalidOperationException($"image tool failed: {tool.StandardError.ReadToEnd()}");
    }
}
