// FuzzBootTests: random and malformed frames (FrameFuzzer, seeded) at the running OS over
// TAP, in a namespace the test creates; afterwards the OS must still answer ping, a telnet
// client and HTTP from the TODO app, and the serial log must show no panic. CI sends
// 10,000 frames with a fixed seed; `./run.sh soak` sends RALPH_FUZZ_FRAMES (at least
// 100,000) and RALPH_FUZZ_SEED picks another seed. Counts go to the test output.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Xunit;
using Xunit.Abstractions;

namespace RalphOS.Kernel.Tests;

public class FuzzBootTests
{
    private const int DefaultFrames = 10_000;
    private const int DefaultSeed = 20261206;
    private const int TodoPort = 8080;
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(30);

    private readonly ITestOutputHelper _output;

    public FuzzBootTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void TheOsSurvivesFuzzedFramesAndStillAnswersPingTelnetAndHttp()
    {
        int frames = EnvironmentNumber("RALPH_FUZZ_FRAMES", DefaultFrames);
        int seed = EnvironmentNumber("RALPH_FUZZ_SEED", DefaultSeed);
        using var network = new TapNetwork("fuzz");
        using var console = SynFloodBootTests.BootOnTap(nameof(TheOsSurvivesFuzzedFramesAndStillAnswersPingTelnetAndHttp), network);
        console.Machine.Send("basic\r");
        console.Machine.WaitFor("bytes free", KernelConsole.CommandTimeout);
        console.Run("LOAD \"todo\"", "\n> ");
        console.Machine.Send("RUN\r");
        console.Machine.WaitFor("TODO app listening on port 8080", KernelConsole.CommandTimeout);
        Assert.Contains("200", HttpGet(network)); // it serves before the fuzz

        using var raw = RawFrameSocket.Open(network.Namespace, TapNetwork.TapDevice);
        long received = 0;
        bool sending = true;
        var listener = new Thread(() =>
        {
            var buffer = new byte[2048];
            while (Volatile.Read(ref sending))
            {
                int n = raw.TryReceive(buffer);
                if (n == 0) { Thread.Sleep(1); continue; }
                if (n >= 12 && buffer.AsSpan(6, 6).SequenceEqual(TestFrames.GuestMacBytes))
                    Interlocked.Increment(ref received);
            }
        });
        listener.Start();

        var fuzzer = new FrameFuzzer(seed, TestFrames.GuestMacBytes);
        var frame = new byte[2048];
        long sent = 0, refused = 0;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < frames; i++)
        {
            int length = fuzzer.Next(frame);
            if (raw.Send(frame, length)) sent++; else refused++;
            if (i % 20 == 19)
                Thread.Sleep(7); // about the rate the guest takes under TCG, so most frames reach it
        }
        TimeSpan fuzzTook = clock.Elapsed;
        Thread.Sleep(1000);
        Volatile.Write(ref sending, false);
        listener.Join();

        (int pingExit, string ping) = network.InNamespace("ping", "-c", "3", "-i", "0.3", "-W", "5", "10.0.2.15");
        Assert.True(pingExit == 0, "ping failed after the fuzz:\n" + ping);
        string telnet = SynFloodBootTests.TelnetPrompt(network, out _);
        Assert.Contains("Ralph OS BASIC", telnet);
        string http = HttpGet(network);
        Assert.StartsWith("HTTP/1.", http);
        Assert.Contains(" 200 ", http.Substring(0, Math.Min(http.Length, 20)));
        string serial = console.Machine.SerialOutput;
        Assert.DoesNotContain("KERNEL PANIC", serial);

        // The guest's own counters: stop the TODO app (Ctrl-C), leave BASIC, run `net`.
        console.Machine.Send("\u0003");
        console.Machine.WaitFor("\n> ", KernelConsole.CommandTimeout);
        console.Run("SYSTEM");
        string net = console.Run("net");
        var kinds = new StringBuilder();
        for (int k = 0; k < FrameFuzzer.KindCount; k++)
            kinds.Append($"{(FrameFuzzer.Kind)k} {fuzzer.Counts[k]}, ");
        string report = $"fuzz: seed {seed}, {frames} frames generated, {sent} sent ({refused} refused by the TAP socket) " +
            $"in {fuzzTook.TotalSeconds:F1} s; {Interlocked.Read(ref received)} frames received from the guest\n" +
            $"kinds: {kinds}\nguest `net`:\n{net}";
        _output.WriteLine(report);
        Console.WriteLine(report);
        Assert.True(sent > frames / 2, report);
    }

    private static int EnvironmentNumber(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value > 0 ? value : fallback;

    // GET / from the TODO app, inside the namespace; the whole response (it closes after one).
    private static string HttpGet(TapNetwork network)
    {
        using Socket socket = NamespaceSockets.Tcp(network.Namespace);
        if (!socket.ConnectAsync(new IPEndPoint(IPAddress.Parse("10.0.2.15"), TodoPort)).Wait(CheckTimeout))
            throw new TimeoutException("HTTP: no connection to the TODO app");
        socket.Send(Encoding.ASCII.GetBytes("GET / HTTP/1.0\r\nHost: 10.0.2.15\r\nConnection: close\r\n\r\n"));
        socket.ReceiveTimeout = (int)CheckTimeout.TotalMilliseconds;
        var text = new StringBuilder();
        var buffer = new byte[4096];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < CheckTimeout)
        {
            int n;
            try { n = socket.Receive(buffer); }
            catch (SocketException) { break; }
            if (n == 0) break;
            text.Append(Encoding.Latin1.GetString(buffer, 0, n));
            if (text.ToString().Contains("</html>", StringComparison.OrdinalIgnoreCase)) break;
        }
        return text.ToString();
    }
}
