// GraphicsTests: BASIC graphics in the booted kernel on a machine without a display
// (QEMU -vga none): the serial console and a telnet session both answer a graphics
// statement with "Screen unavailable" and keep working; the graphics demos are embedded
// (FILES lists them) and stop at SCREEN 13 with the same clear error.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class GraphicsTests
{
    [Fact]
    public void SessionsWithoutAScreenSayScreenUnavailable()
    {
        int port = LoopbackPorts.Free();
        using var console = KernelConsole.Boot(nameof(SessionsWithoutAScreenSayScreenUnavailable), null, 256,
            "-vga", "none",
            "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{port}-:23",
            "-device", "ne2k_isa,netdev=net0,irq=10,iobase=0x300");
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
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, port);
        NetworkStream stream = client.GetStream();
        Assert.Contains("Ralph OS BASIC", ReadUntil(stream, "> ", TimeSpan.FromSeconds(60)));
        Send(stream, "PSET (1, 1)\r\n");
        Assert.Contains("Screen unavailable", ReadUntil(stream, "> ", TimeSpan.FromSeconds(30)));
        Send(stream, "SCREEN 13\r\n");
        Assert.Contains("Screen unavailable", ReadUntil(stream, "> ", TimeSpan.FromSeconds(30)));
        Send(stream, "PRINT 6 * 7\r\n");
        Assert.Contains("42", ReadUntil(stream, "> ", TimeSpan.FromSeconds(30)));
    }

    private static void Send(NetworkStream stream, string text)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }

    // Reads until `marker` appears (or the time runs out); returns all text read.
    private static string ReadUntil(NetworkStream stream, string marker, TimeSpan timeout)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !text.ToString().Contains(marker))
        {
            if (!stream.DataAvailable)
            {
                System.Threading.Thread.Sleep(10);
                continue;
            }
            int count = stream.Read(buffer, 0, buffer.Length);
            if (count == 0)
                break;
            text.Append(Encoding.Latin1.GetString(buffer, 0, count));
        }
        return text.ToString();
    }
}
