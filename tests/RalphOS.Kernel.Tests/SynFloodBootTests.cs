// SynFloodBootTests: the running OS under a SYN flood over TAP (in a namespace the test
// creates). 10,000 SYNs to port 23 from made-up addresses on the local subnet (hosts that
// never answer) go onto the link through a raw socket; a telnet client connecting during
// the flood and another after it both reach the BASIC prompt. Without SYN cookies the
// flood's half-open connections hold the listener's whole backlog for about a minute
// (six SYN-ACK retransmissions), so the clients would time out.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class SynFloodBootTests
{
    private const int FloodSyns = 10_000;
    private const int TelnetPort = 23;
    // Generous for a loaded host and TCG; a locked-out client waits over a minute.
    private static readonly TimeSpan PromptTimeout = TimeSpan.FromSeconds(25);

    [Fact]
    public void TelnetClientsGetInDuringAndAfterATenThousandSynFlood()
    {
        using var network = new TapNetwork("synflood");
        using var console = BootOnTap(nameof(TelnetClientsGetInDuringAndAfterATenThousandSynFlood), network);
        using var raw = RawFrameSocket.Open(network.Namespace, TapNetwork.TapDevice);

        int sent = 0;
        var flood = new Thread(() =>
        {
            var random = new Random(17);
            for (int i = 0; i < FloodSyns; i++)
            {
                // 10.0.2.100-249: on the guest's subnet, nobody there (the host is .1, the guest .15).
                var source = new Ipv4Address(10, 0, 2, (byte)random.Next(100, 250));
                byte[] frame = TestFrames.Tcp(source, (ushort)random.Next(1024, 65536), TelnetPort, TcpFlags.Syn, (uint)random.Next(), 0, 1460);
                raw.Send(frame, frame.Length); // a full TAP queue drops silently, as a real link would
                Interlocked.Increment(ref sent);
                if (i % 500 == 499)
                    Thread.Sleep(20); // spread the flood over a little time, so a client connects during it
            }
        });
        flood.Start();
        while (Volatile.Read(ref sent) < FloodSyns / 5 && flood.IsAlive)
            Thread.Sleep(5);

        string during, after;
        TimeSpan duringTook, afterTook;
        bool floodStillRunning;
        try
        {
            during = TelnetPrompt(network, out duringTook);
            floodStillRunning = flood.IsAlive;
            flood.Join();
            after = TelnetPrompt(network, out afterTook);
        }
        catch (Exception e) when (e is TimeoutException || e is InvalidOperationException)
        {
            flood.Join();
            throw new TimeoutException($"{e.Message}\nthe guest's `net`:\n{console.Run("net")}", e);
        }

        string net = console.Run("net");
        Match counters = Regex.Match(net, @"syn flood: cookies sent (\d+), accepted (\d+), rejected (\d+), dropped (\d+)");
        Assert.True(counters.Success, "no syn flood line in `net`:\n" + net);
        Assert.True(long.Parse(counters.Groups[1].Value) > 0, "no cookies were sent:\n" + net);
        Assert.Contains("Ralph OS BASIC", during);
        Assert.Contains("Ralph OS BASIC", after);
        Assert.DoesNotContain("KERNEL PANIC", console.Machine.SerialOutput);
        Console.WriteLine($"SYN flood: {FloodSyns} SYNs sent; client during the flood ({(floodStillRunning ? "still running" : "over")}) " +
            $"got the prompt in {duringTook.TotalMilliseconds:F0} ms, after it in {afterTook.TotalMilliseconds:F0} ms\n{net}");
    }

    internal static KernelConsole BootOnTap(string name, TapNetwork network)
    {
        var console = KernelConsole.Boot(name, KernelImages.StaticAddressImage(), 128, network.CommandPrefix,
            "-netdev", $"tap,id=net0,ifname={TapNetwork.TapDevice},script=no,downscript=no",
            "-device", $"{NetworkCard.Device()},mac={TestFrames.GuestMacText}");
        try
        {
            if (!console.Machine.SerialOutput.Contains("telnet: listening on TCP port 23"))
                console.Machine.WaitFor("telnet: listening on TCP port 23", TimeSpan.FromSeconds(30));
        }
        catch
        {
            console.Dispose();
            throw;
        }
        return console;
    }

    // What a BSD-derived telnet client sends as soon as it connects to port 23: IAC DO
    // SUPPRESS-GO-AHEAD, IAC WILL TERMINAL-TYPE, IAC WILL NAWS (RFC 858, 1091, 1073). The
    // client speaking first matters under a flood: if its final ACK of a cookie handshake is
    // lost, this data (retransmitted until acknowledged) carries the ACK again.
    private static readonly byte[] TelnetOpening = { 255, 253, 3, 255, 251, 24, 255, 251, 31 };

    /// <summary>Connects to telnetd from inside the namespace as a telnet client does and reads
    /// up to BASIC's first prompt, within PromptTimeout; returns what came.</summary>
    internal static string TelnetPrompt(TapNetwork network, out TimeSpan took)
    {
        var clock = Stopwatch.StartNew();
        using Socket socket = NamespaceSockets.Tcp(network.Namespace);
        if (!socket.ConnectAsync(new IPEndPoint(IPAddress.Parse("10.0.2.15"), TelnetPort)).Wait(PromptTimeout))
            throw new TimeoutException($"telnet: no connection within {PromptTimeout.TotalSeconds} s");
        socket.Send(TelnetOpening);
        var text = new StringBuilder();
        var buffer = new byte[2048];
        while (!text.ToString().Contains("\n> "))
        {
            TimeSpan left = PromptTimeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"telnet: no prompt within {PromptTimeout.TotalSeconds} s; got:\n{text}");
            socket.ReceiveTimeout = (int)Math.Max(1, left.TotalMilliseconds);
            int count;
            try { count = socket.Receive(buffer); }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut) { continue; }
            if (count == 0)
                throw new InvalidOperationException($"telnet closed before the prompt; got:\n{text}");
            text.Append(Encoding.Latin1.GetString(buffer, 0, count));
        }
        took = clock.Elapsed;
        return text.ToString();
    }
}
