// NetworkTests: the network card's driver and the TCP/IP stack inside the booted kernel,
// against QEMU's user-mode network: DHCP configures the address, the gateway answers ping
// (on both cards: NE2000 and e1000, whose `pci` entry shows too), a real TCP client on
// the host (through a loopback port forward) gets its bytes echoed, and the discard and
// chargen services read and send bulk data (on both cards). NetworkCard picks the card.
using System;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class NetworkTests
{
    private const int GuestEchoPort = 7;

    private static KernelConsole BootWithNetwork(string name, int hostPort, int guestPort = GuestEchoPort, string card = null) =>
        KernelConsole.Boot(name, null, 128,
            "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{hostPort}-:{guestPort}",
            "-device", NetworkCard.Device(card));

    // The address line may come before or after the console prompt.
    private static void WaitForDhcp(KernelConsole console)
    {
        var configured = new Regex(@"\[info\] net: address 10\.0\.2\.15 netmask 255\.255\.255\.0 gateway 10\.0\.2\.2 \(from DHCP\)");
        if (!configured.IsMatch(console.Machine.SerialOutput))
            console.Machine.WaitFor(configured, TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData(NetworkCard.Ne2000)]
    [InlineData(NetworkCard.E1000)]
    public void DhcpConfiguresTheAddressAndTheGatewayAnswersPing(string card)
    {
        using var console = BootWithNetwork($"{nameof(DhcpConfiguresTheAddressAndTheGatewayAnswersPing)}-{card}", LoopbackPorts.Free(), card: card);
        WaitForDhcp(console);
        Assert.Matches(@"MAC 52:54:00:12:34:56", console.Machine.SerialOutput);
        // The boot log and `net` name the card in use.
        Assert.Contains($"[info] net: {NetworkCard.KernelName(card)}", console.Machine.SerialOutput);
        Assert.Contains(NetworkCard.KernelName(card), console.Run("net"));
        if (card == NetworkCard.E1000)
        {
            Assert.Contains("link up", console.Machine.SerialOutput);
            Assert.Matches(@"00:0[0-9a-f]\.0  8086:100e  class 0200  Intel 82540EM Gigabit Ethernet \(e1000\), IRQ \d+, BAR0 memory 0x[0-9a-f]+", console.Run("pci"));
        }
        string ping = console.Run("ping 10.0.2.2", TimeSpan.FromSeconds(30));
        Assert.Matches(@"reply from 10\.0\.2\.2: seq=\d+ time=\d+ ms", ping);
        Assert.Contains("4 sent, 4 replies", ping);
        // The resolver asks the DNS server DHCP named (option 6): QEMU's 10.0.2.3.
        Assert.Contains("dns 10.0.2.3,", console.Run("net"));
    }

    [Fact]
    public void AHostTcpClientGetsItsBytesEchoed()
    {
        int hostPort = LoopbackPorts.Free();
        using var console = BootWithNetwork(nameof(AHostTcpClientGetsItsBytesEchoed), hostPort);
        WaitForDhcp(console);
        Assert.Contains("listening on TCP port 7", console.Run("echo-server 7"));

        using var client = new TcpClient();
        client.ReceiveTimeout = client.SendTimeout = 30_000;
        client.Connect(IPAddress.Loopback, hostPort);
        NetworkStream stream = client.GetStream();
        var payload = new byte[20_000];
        for (int i = 0; i < payload.Length; i++)
            payload[i] = (byte)(i * 7 + i / 256);
        stream.Write(payload, 0, payload.Length);
        var echoed = new byte[payload.Length];
        int received = 0;
        while (received < echoed.Length)
        {
            int count = stream.Read(echoed, received, echoed.Length - received);
            Assert.True(count > 0, $"connection closed after {received} bytes");
            received += count;
        }
        Assert.Equal(payload, echoed);
        // The echo task waits on its socket: it shows up blocked, not spinning.
        Assert.Matches(@"\d+ echo-7\s+blocked", console.Run("tasks"));
        // `net` accounts for the connections: the telnet and echo listeners and this client
        // hold three slots, and a clean exchange needed no reset.
        Assert.Matches(@"tcp: 3 of \d+ slots in use, resets sent 0, refused 0", console.Run("net"));
    }

    [Fact]
    public void ABasicProgramServesTcpClientsWithItsSocketFunctions()
    {
        const int guestPort = 7070;
        int hostPort = LoopbackPorts.Free();
        using var console = BootWithNetwork(nameof(ABasicProgramServesTcpClientsWithItsSocketFunctions), hostPort, guestPort);
        WaitForDhcp(console);
        console.Machine.Send("basic\r");
        console.Machine.WaitFor("bytes free", KernelConsole.CommandTimeout);
        string[] program =
        {
            "10 S = SOCKET()",
            "20 IF LISTEN(S, 7070) = 0 THEN PRINT \"LISTEN FAILED\": END",
            "25 PRINT \"LISTENING\"",
            "30 C = ACCEPT(S)",
            "40 IF C < 0 THEN 30",
            "50 R$ = RECV$(C)",
            "60 IF R$ = \"\" THEN 50",
            "70 SEND C, \"ECHO:\" + R$",
            "80 CLOSE C",
            "90 GOTO 30",
        };
        foreach (string line in program)
            console.Run(line, "\n> ");
        console.Machine.Send("RUN\r");
        console.Machine.WaitFor("LISTENING", KernelConsole.CommandTimeout);
        for (int i = 0; i < 3; i++)
        {
            using var client = new TcpClient();
            client.ReceiveTimeout = 30_000;
            client.Connect(IPAddress.Loopback, hostPort);
            byte[] request = System.Text.Encoding.ASCII.GetBytes($"hello {i}\n");
            client.GetStream().Write(request, 0, request.Length);
            var reply = new byte[64];
            int count = client.GetStream().Read(reply, 0, reply.Length);
            Assert.Equal($"ECHO:hello {i}\n", System.Text.Encoding.ASCII.GetString(reply, 0, count));
        }
        console.Machine.Send("\u0003");
        console.Machine.WaitFor(new Regex(@"Break in \d+"), TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(NetworkCard.Ne2000)]
    [InlineData(NetworkCard.E1000)]
    public void DiscardReadsEverythingAndChargenSendsItsLines(string card)
    {
        int discardPort = LoopbackPorts.Free();
        int chargenPort = LoopbackPorts.Free();
        while (chargenPort == discardPort)
            chargenPort = LoopbackPorts.Free();
        using var console = KernelConsole.Boot($"{nameof(DiscardReadsEverythingAndChargenSendsItsLines)}-{card}", null, 128,
            "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{discardPort}-:9,hostfwd=tcp:127.0.0.1:{chargenPort}-:19",
            "-device", NetworkCard.Device(card));
        WaitForDhcp(console);
        Assert.Contains("usage: chargen-server PORT", console.Run("chargen-server x"));
        Assert.Contains("discard server listening on TCP port 9", console.Run("discard-server 9"));
        Assert.Contains("chargen server listening on TCP port 19", console.Run("chargen-server 19"));

        // Discard (RFC 863) reads until the end of the stream, answers nothing, then closes.
        using (var client = new TcpClient())
        {
            client.ReceiveTimeout = client.SendTimeout = 30_000;
            client.Connect(IPAddress.Loopback, discardPort);
            NetworkStream stream = client.GetStream();
            stream.Write(new byte[100_000], 0, 100_000);
            client.Client.Shutdown(SocketShutdown.Send);
            Assert.Equal(0, stream.Read(new byte[16], 0, 16));
        }

        // Chargen (RFC 864): 72 printable characters a line, each line starting one further.
        const int LineLength = 74, Lines = 200;
        using (var client = new TcpClient())
        {
            client.ReceiveTimeout = 30_000;
            client.Connect(IPAddress.Loopback, chargenPort);
            NetworkStream stream = client.GetStream();
            var received = new byte[LineLength * Lines];
            int count = 0;
            while (count < received.Length)
            {
                int read = stream.Read(received, count, received.Length - count);
                Assert.True(read > 0, $"chargen stopped after {count} bytes");
                count += read;
            }
            for (int line = 0; line < Lines; line++)
            {
                for (int i = 0; i < 72; i++)
                    Assert.Equal((byte)(32 + (line + i) % 95), received[line * LineLength + i]);
                Assert.Equal((byte)'\r', received[line * LineLength + 72]);
                Assert.Equal((byte)'\n', received[line * LineLength + 73]);
            }
        }
    }
}
