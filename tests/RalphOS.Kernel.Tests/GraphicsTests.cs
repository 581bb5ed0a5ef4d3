// GraphicsTests: BASIC graphics in the booted kernel on a machine without a display
// (QEMU -vga none): the monitor's `screen` says there is no adapter; the serial console and a telnet session both answer a graphics
// statement with "Screen unavailable" and keep working; the graphics demos are embedded
// (FILES lists them) and stop at SCREEN 13 with the same clear error.
using System;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class GraphicsTests
{
    private static readonly TimeSpan PromptTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void SessionsWithoutAScreenSayScreenUnavailable()
    {
        int port = LoopbackPorts.Free();
        using var console = KernelConsole.Boot(nameof(SessionsWithoutAScreenSayScreenUnavailable), null, 256,
            "-vga", "none",
            "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{port}-:23",
            "-device", NetworkCard.Device());
        Assert.Contains("no VGA adapter", console.Run("screen draw"));
        Assert.Contains("no VGA adapter", console.Run("screen"));
        console.Machine.Send("basic\r");
        console.Machine.WaitFor(KernelConsole.BasicReady, KernelConsole.CommandTimeout);

        Assert.Contains("Screen unavailable", console.Run("PSET (1, 1)", BasicTests.BasicPrompt));
        string files = console.Run("FILES", BasicTests.BasicPrompt);
        Assert.Contains("MANDEL13", files);
        Assert.Contains("SHAPES", files);
        console.Run("LOAD \"mandel13\"", BasicTests.BasicPrompt);
        Assert.Contains("Screen unavailable in 70", console.Run("RUN", BasicTests.BasicPrompt));
        Assert.Contains(" 4", console.Run("PRINT 2 + 2", BasicTests.BasicPrompt));

        if (!console.Machine.SerialOutput.Contains("telnet: listening on TCP port 23"))
            console.Machine.WaitFor("telnet: listening on TCP port 23", TimeSpan.FromSeconds(30));
        using var client = TelnetClient.Open(port);
        client.Send("PSET (1, 1)\r\n");
        Assert.Contains("Screen unavailable", client.WaitFor("> ", PromptTimeout));
        client.Send("SCREEN 13\r\n");
        Assert.Contains("Screen unavailable", client.WaitFor("> ", PromptTimeout));
        client.Send("PRINT 6 * 7\r\n");
        Assert.Contains("42", client.WaitFor("> ", PromptTimeout));
    }
}
