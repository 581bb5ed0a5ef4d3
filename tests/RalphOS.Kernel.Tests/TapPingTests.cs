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
        string image = KernelImages.StaticAddressImage();
        using var network = new TapNetwork();
        using var console = KernelConsole.Boot(nameof(TheGuestAnswersPingOverATapDevice), image, 128, network.CommandPrefix,
            "-netdev", $"tap,id=net0,ifname={TapNetwork.TapDevice},script=no,downscript=no",
            "-device", NetworkCard.Device());
        Assert.Contains("command line: net=static", console.Machine.SerialOutput);
        (int exitCode, string output) = network.InNamespace("ping", "-c", "3", "-i", "0.3", "-W", "5", "10.0.2.15");
        Assert.True(exitCode == 0, "ping failed:\n" + output);
        Assert.Matches(@"3 packets transmitted, 3 received", output);
        // And the guest reaches the host side too.
        Assert.Contains("4 sent, 4 replies", console.Run("ping " + TapNetwork.HostAddress, TimeSpan.FromSeconds(30)));
    }
}
