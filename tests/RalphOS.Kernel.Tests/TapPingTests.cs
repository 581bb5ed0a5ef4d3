// TapPingTests: the guest answers a real `ping` from the host side of a TAP link (inside a
// network namespace the test creates), as `./run.sh run-net-tap` allows by hand.
using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class TapPingTests
{
    [Fact]
    public void TheGuestAnswersPingOverATapDevice()
    {
        string image = StaticAddressImage();
        using var network = new TapNetwork();
        using var console = KernelConsole.Boot(nameof(TheGuestAnswersPingOverATapDevice), image, 128, network.CommandPrefix,
            "-netdev", $"tap,id=net0,ifname={TapNetwork.TapDevice},script=no,downscript=no",
            "-device", "ne2k_isa,netdev=net0,irq=10,iobase=0x300");
        Assert.Contains("command line: net=static", console.Machine.SerialOutput);
        (int exitCode, string output) = network.InNamespace("ping", "-c", "3", "-i", "0.3", "-W", "5", "10.0.2.15");
        Assert.True(exitCode == 0, "ping failed:\n" + output);
        Assert.Matches(@"3 packets transmitted, 3 received", output);
        // And the guest reaches the host side too.
        Assert.Contains("4 sent, 4 replies", console.Run("ping " + TapNetwork.HostAddress, TimeSpan.FromSeconds(30)));
    }

    // A copy of the standard image whose command line says net=static (no DHCP server here).
    private static string StaticAddressImage()
    {
        string copy = Path.Combine(Path.GetTempPath(), $"ralph_os_tap_{Environment.ProcessId}.img");
        File.Copy(KernelImages.Standard, copy, overwrite: true);
        var tool = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { KernelImages.ImageTool, "set", copy, "--cmdline", "net=static" })
            tool.ArgumentList.Add(argument);
        using Process process = Process.Start(tool);
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000) && process.ExitCode == 0, "image tool failed: " + output);
        return copy;
    }
}
