// TelnetTests: telnet BASIC sessions against real clients through QEMU's port forward:
// netcat gets the banner and runs a program; 20 concurrent sessions each run their own
// program and see only their own output; Ctrl-C breaks one session's endless loop while
// another session keeps working; a program a session SPAWNs prints to that session. The
// netcat test runs on both cards (NE2000 and e1000); the others on NetworkCard's default.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class TelnetTests
{
    private static KernelConsole BootWithTelnet(string name, int hostPort, string card = null) =>
        KernelConsole.Boot(name, null, 256,
            "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{hostPort}-:23",
            "-device", NetworkCard.Device(card));

    private static void WaitForTelnetd(KernelConsole console)
    {
        if (!console.Machine.SerialOutput.Contains("telnet: listening on TCP port 23"))
            console.Machine.WaitFor("telnet: listening on TCP port 23", TimeSpan.FromSeconds(30));
    }

    // Connects to the forwarded telnet port and reads up to the session's first prompt;
    // returns that text (the banner).
    private static string OpenSession(TcpClient client, int port, out NetworkStream stream)
    {
        client.Connect(IPAddress.Loopback, port);
        stream = client.GetStream();
        return ReadUntil(stream, "> ", TimeSpan.FromSeconds(60));
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

    [Theory]
    [InlineData(NetworkCard.Ne2000)]
    [InlineData(NetworkCard.E1000)]
    public void NetcatGetsTheBannerAndRunsAProgram(string card)
    {
        int port = LoopbackPorts.Free();
        using var console = BootWithTelnet($"{nameof(NetcatGetsTheBannerAndRunsAProgram)}-{card}", port, card);
        WaitForTelnetd(console);
        var nc = new ProcessStartInfo("nc") { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (string argument in new[] { "-q", "3", "127.0.0.1", port.ToString() })
            nc.ArgumentList.Add(argument);
        using Process process = Process.Start(nc);
        process.StandardInput.Write("10 FOR I = 1 TO 5: PRINT I * I;: NEXT\n20 PRINT \"DONE\"\nRUN\nSYSTEM\n");
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(60_000), "nc did not finish");
        string output = process.StandardOutput.ReadToEnd();
        Assert.Contains("Ralph OS BASIC", output);
        Assert.Contains(" 1  4  9  16  25", output);
        Assert.Contains("DONE", output);
    }

    [Fact]
    public async Task TwentyConcurrentSessionsEachGetTheirOwnResults()
    {
        int port = LoopbackPorts.Free();
        using var console = BootWithTelnet(nameof(TwentyConcurrentSessionsEachGetTheirOwnResults), port);
        WaitForTelnetd(console);
        var sessions = new Task<string>[20];
        for (int n = 0; n < sessions.Length; n++)
        {
            int id = n;
            // Connects are spread out a little: QEMU's user network listens on the forwarded
            // host port with a backlog of 1 (`ss -ltn` shows Send-Q 1), so twenty connects
            // at the same instant overflow the host's accept queue and some wait for the
            // host kernel's SYN-ACK retries (seconds to minutes) before the guest sees them.
            await Task.Delay(100);
            sessions[n] = Task.Run(() =>
            {
                using var client = new TcpClient();
                string banner = OpenSession(client, port, out NetworkStream stream);
                if (!banner.Contains("Ralph OS BASIC"))
                    return "no banner: " + banner;
                // Each session computes something only it should print.
                string program = $"10 S = 0\r\n20 FOR I = 1 TO {100 + id}: S = S + I: NEXT\r\n30 PRINT \"SESSION {id} SUM\"; S\r\nRUN\r\n";
                byte[] bytes = Encoding.ASCII.GetBytes(program);
                stream.Write(bytes, 0, bytes.Length);
                return ReadUntil(stream, $"SESSION {id} SUM", TimeSpan.FromSeconds(90)) + ReadUntil(stream, "\n", TimeSpan.FromSeconds(10));
            });
        }
        // Bounded: a session that never finishes fails the test with a TimeoutException.
        string[] outputs = await Task.WhenAll(sessions).WaitAsync(TimeSpan.FromMinutes(3));
        for (int id = 0; id < sessions.Length; id++)
        {
            int expected = (100 + id) * (101 + id) / 2;
            string output = outputs[id];
            Assert.Contains($"SESSION {id} SUM {expected}", output);
            for (int other = 0; other < sessions.Length; other++)
            {
                if (other != id)
                    Assert.DoesNotContain($"SESSION {other} SUM", output);
            }
        }
    }

    [Fact]
    public void CtrlCBreaksOneSessionWhileAnotherKeepsWorking()
    {
        int port = LoopbackPorts.Free();
        using var console = BootWithTelnet(nameof(CtrlCBreaksOneSessionWhileAnotherKeepsWorking), port);
        WaitForTelnetd(console);
        using var runaway = new TcpClient();
        OpenSession(runaway, port, out NetworkStream loop);
        byte[] endless = Encoding.ASCII.GetBytes("10 N = N + 1\r\n20 GOTO 10\r\nRUN\r\n");
        loop.Write(endless, 0, endless.Length);

        using var other = new TcpClient();
        OpenSession(other, port, out NetworkStream calm);
        byte[] question = Encoding.ASCII.GetBytes("PRINT 6 * 7\r\n");
        calm.Write(question, 0, question.Length);
        Assert.Contains(" 42", ReadUntil(calm, "42", TimeSpan.FromSeconds(60)));

        loop.Write(new byte[] { 3 }, 0, 1);
        Assert.Contains("Break in", ReadUntil(loop, "Break in", TimeSpan.FromSeconds(30)));
        // IAC IP (interrupt process) works the same way.
        loop.Write(Encoding.ASCII.GetBytes("CONT\r\n"), 0, 6);
        System.Threading.Thread.Sleep(300);
        loop.Write(new byte[] { 255, 244 }, 0, 2);
        Assert.Contains("Break in", ReadUntil(loop, "Break in", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void SpawnedProgramPrintsToTheSessionThatSpawnedIt()
    {
        int port = LoopbackPorts.Free();
        using var console = BootWithTelnet(nameof(SpawnedProgramPrintsToTheSessionThatSpawnedIt), port);
        WaitForTelnetd(console);
        using var client = new TcpClient();
        OpenSession(client, port, out NetworkStream session);
        byte[] spawn = Encoding.ASCII.GetBytes("SPAWN \"hello.bas\", \"via\", \"telnet\"\r\n");
        session.Write(spawn, 0, spawn.Length);
        const string greeting = "Hello from HELLO with 2 arguments: via telnet";
        Assert.Contains(greeting, ReadUntil(session, greeting, TimeSpan.FromSeconds(60)));
        Assert.DoesNotContain("Hello from", console.Machine.SerialOutput);
    }
}
