// MonitorMessageTests: the kernel monitor's messages for a new user: a command typed
// without its arguments prints its usage (not "unknown command"), and `net` on a machine
// booted with net=static says the address is static instead of "DHCP state in progress".
using System;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class MonitorMessageTests
{
    [Fact]
    public void BareCommandsPrintTheirUsage()
    {
        using var console = KernelConsole.Boot(nameof(BareCommandsPrintTheirUsage));
        string tasktest = console.Run("tasktest");
        Assert.Contains("usage: tasktest pingpong N | overflow | divide | panic | cast | checked", tasktest);
        Assert.DoesNotContain("unknown command", tasktest);
        Assert.Contains("usage: break TASK-ID", console.Run("break"));
        Assert.Contains("usage: sleep", console.Run("sleep"));
        Assert.Contains("usage: gcstress", console.Run("gcstress"));
        Assert.Contains("unknown command 'tasktestx'", console.Run("tasktestx"));
    }

    [Fact]
    public void NetSaysTheAddressIsStaticWithNetStatic()
    {
        using var console = KernelConsole.Boot(nameof(NetSaysTheAddressIsStaticWithNetStatic), KernelImages.StaticAddressImage(), 128,
            "-netdev", "user,id=net0", "-device", NetworkCard.Device());
        string net = console.Run("net");
        Assert.Contains("address 10.0.2.15/255.255.255.0 gateway 10.0.2.2 (static address: net=static on the kernel command line)", net);
        Assert.DoesNotContain("in progress", net);
    }
}
