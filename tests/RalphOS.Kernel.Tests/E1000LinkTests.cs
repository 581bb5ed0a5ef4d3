// E1000LinkTests: the e1000's link status on the real (emulated) card: QEMU's monitor
// pulls the cable (`set_link net0 off`), the card raises its link-change interrupt and the
// driver stops sending (`net` says link down, ping gets no replies, "no carrier" counts
// the refused frames); plugged back in, the link comes up again after auto-negotiation and
// ping works. Every wait is bounded; the waits between checks use the guest's own `sleep`.
using System;
using System.IO;
using System.Text.RegularExpressions;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class E1000LinkTests
{
    private const int LinkPolls = 50;

    [Fact]
    public void PullingTheCableTakesTheLinkDownAndPluggingItInBringsItBack()
    {
        string socket = Path.Combine(Path.GetTempPath(), $"ralphos-e1000-link-{Environment.ProcessId}.sock");
        var options = new QemuOptions
        {
            ImagePath = KernelImages.Standard, MemoryMiB = 128, Name = nameof(E1000LinkTests),
            Snapshot = true, MonitorSocketPath = socket,
        };
        options.ExtraArguments.AddRange(new[] { "-netdev", "user,id=net0", "-device", NetworkCard.Device(NetworkCard.E1000) });
        using var machine = QemuMachine.Start(options);
        try
        {
            machine.WaitFor(KernelConsole.BasicReady, KernelConsole.BootTimeout);
            machine.Send("SYSTEM\r");
            machine.WaitFor(KernelConsole.Prompt, KernelConsole.BootTimeout);
            using var monitor = QemuMonitor.Connect(socket, TimeSpan.FromSeconds(10));
            Assert.Contains("link up", WaitForNet(machine, "address 10.0.2.15/"));

            monitor.Run("set_link net0 off");
            Assert.Contains("card: link down (1 changes)", WaitForNet(machine, "card: link down"));
            Assert.Contains("4 sent, 0 replies", Run(machine, "ping 10.0.2.2", TimeSpan.FromSeconds(60)));
            Assert.Matches(@"no carrier [1-9]\d*", Run(machine, "net"));

            monitor.Run("set_link net0 on");
            Assert.Contains("card: link up 1000 Mb/s (2 changes)", WaitForNet(machine, "card: link up"));
            Assert.Contains("4 sent, 4 replies", Run(machine, "ping 10.0.2.2", TimeSpan.FromSeconds(60)));
        }
        finally
        {
            File.Delete(socket);
        }
    }

    // Runs `net` until its output contains text (at most LinkPolls times, 200 ms apart on
    // the guest's clock); returns the last output.
    private static string WaitForNet(QemuMachine machine, string text)
    {
        string output = "";
        for (int i = 0; i < LinkPolls && !output.Contains(text); i++)
        {
            if (i > 0)
                Run(machine, "sleep 200");
            output = Run(machine, "net");
        }
        return output;
    }

    private static string Run(QemuMachine machine, string command, TimeSpan? timeout = null)
    {
        int start = machine.SerialOutput.Length;
        machine.Send(command + "\r");
        machine.WaitFor(KernelConsole.Prompt, timeout ?? KernelConsole.CommandTimeout);
        string all = machine.SerialOutput;
        int end = all.LastIndexOf(KernelConsole.Prompt, StringComparison.Ordinal);
        return end > start ? all.Substring(start, end - start) : all.Substring(start);
    }
}
