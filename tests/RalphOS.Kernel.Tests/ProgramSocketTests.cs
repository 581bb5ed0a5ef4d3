// ProgramSocketTests: C# programs using the kernel API's socket group in the booted OS.
// httpd (SPAWNed from BASIC, reached through QEMU's port forward) serves several host
// clients at once, one of them idle, with keep-alive, a counter, 404s and a file sent in
// partial writes, while the BASIC session goes on; nc connects to a server this test runs
// on the host (10.0.2.2 is the host's loopback under QEMU user networking) and, with -l,
// takes a connection from the host, a line going each way both times, and finds a host by
// name through the kernel's resolver (the test's DNS server); a program's listening
// socket is closed when a break stops it, so the port can be listened on again.
using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using static RalphOS.Kernel.Tests.BasicTests;

namespace RalphOS.Kernel.Tests;

public class ProgramSocketTests
{
    private const int HttpdPort = 8081;
    private const int NcGuestPort = 5555;
    private static readonly TimeSpan OutputTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan HostSocketTimeout = TimeSpan.FromSeconds(60);

    private static KernelConsole BootWithForward(string name, int hostPort, int guestPort) =>
        KernelConsole.Boot(name, null, 128,
            "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{hostPort}-:{guestPort}",
            "-device", NetworkCard.Device());

    [Fact]
    public void HttpdServesSeveralClientsAtOnceWhileBasicRuns()
    {
        int port = LoopbackPorts.Free();
        using var console = BootWithForward(nameof(HttpdServesSeveralClientsAtOnceWhileBasicRuns), port, HttpdPort);
        console.Run("basic", BasicPrompt);
        console.Run("SPAWN \"httpd\"", BasicPrompt);
        console.Machine.WaitFor($"httpd: listening on port {HttpdPort}", OutputTimeout);

        // An idle client that has sent half a request must not hold up the others.
        using TcpClient idle = Connect(port);
        NetworkStream idleStream = idle.GetStream();
        Write(idleStream, "GET /hello.txt HTTP/1.1\r\nHost: t");

        var clients = new Task<string>[4];
        for (int i = 0; i < clients.Length; i++)
            clients[i] = Task.Run(() => Get(port, "/"));
        Assert.True(Task.WaitAll(clients, HostSocketTimeout), "the clients were not all answered");
        var counts = new System.Collections.Generic.List<int>();
        foreach (Task<string> client in clients)
        {
            Assert.StartsWith("HTTP/1.1 200 OK", client.Result);
            counts.Add(int.Parse(Regex.Match(client.Result, "<span id=\"count\">(\\d+)</span>").Groups[1].Value));
        }
        counts.Sort();
        Assert.Equal(new[] { 1, 2, 3, 4 }, counts);

        // The idle client finishes its request and gets its answer; the connection stays open
        // (keep-alive) for a second one, then a 404.
        Write(idleStream, "\r\n\r\n");
        string first = ReadResponse(idleStream);
        Assert.StartsWith("HTTP/1.1 200 OK", first);
        Assert.EndsWith("Hello from httpd, a C# program running on Ralph OS.\n", first);
        Write(idleStream, "GET /nope HTTP/1.1\r\nHost: t\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 404 Not Found", ReadResponse(idleStream));
        Write(idleStream, "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        string last = ReadResponse(idleStream);
        Assert.Contains("<span id=\"count\">5</span>", last);
        Assert.Contains("Connection: close", last);
        Assert.Equal(0, idleStream.Read(new byte[1], 0, 1));

        Assert.Contains(" 42", console.Run("PRINT 6 * 7", BasicPrompt));
        Assert.Contains("requests 8", Get(port, "/stats"));

        // A file three times the kernel's send buffer goes out in partial writes, to three
        // clients at once, whole and in order.
        var big = new Task<string>[3];
        for (int i = 0; i < big.Length; i++)
            big[i] = Task.Run(() => Get(port, "/lines.txt"));
        Assert.True(Task.WaitAll(big, HostSocketTimeout), "lines.txt was not sent to every client");
        var expected = new StringBuilder();
        for (int line = 1; line <= 700; line++)
            expected.Append($"line {line} of 700: the quick brown fox jumps over the lazy dog\n");
        foreach (Task<string> client in big)
            Assert.EndsWith("\r\n\r\n" + expected, client.Result);
        Assert.DoesNotContain("KERNEL PANIC", console.Machine.SerialOutput);
    }

    [Fact]
    public void NcSendsAndShowsALineBothWays()
    {
        // nc HOST PORT TEXT: connects to a server on the host.
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        int serverPort = ((IPEndPoint)server.LocalEndpoint).Port;
        Task<string> served = ServeOneLine(server, line => $"the host got \"{line}\"\n");
        int forwarded = LoopbackPorts.Free();
        using var console = BootWithForward(nameof(NcSendsAndShowsALineBothWays), forwarded, NcGuestPort);
        try
        {
            string output = console.Run($"run nc 10.0.2.2 {serverPort} hello from nc", OutputTimeout);
            Assert.True(served.Wait(HostSocketTimeout));
            Assert.Equal("hello from nc", served.Result);
            Assert.Contains("the host got \"hello from nc\"", output);
            Assert.Matches(new Regex(@"nc \(id \d+\) ended: exit code 0"), output);
        }
        finally
        {
            server.Stop();
        }

        // nc -l PORT TEXT: the host connects through the port forward.
        int start = console.Machine.SerialOutput.Length;
        console.Machine.Send($"run nc -l {NcGuestPort} hello from the listener\r");
        console.Machine.WaitFor($"nc: listening on port {NcGuestPort}", OutputTimeout);
        using (TcpClient client = Connect(forwarded))
        {
            NetworkStream stream = client.GetStream();
            Assert.Equal("hello from the listener", ReadLine(stream));
            Write(stream, "a line from the host\n");
        }
        console.Machine.WaitFor(new Regex(@"nc \(id \d+\) ended: exit code 0"), OutputTimeout);
        console.Machine.WaitFor(KernelConsole.Prompt, OutputTimeout);
        string listened = console.Machine.SerialOutput.Substring(start);
        Assert.Matches(new Regex(@"nc: connection from 10\.0\.2\.2:\d+"), listened);
        Assert.Contains("a line from the host", listened);

        // A refused connection is a clear message and exit code 1.
        int closedPort = LoopbackPorts.Free();
        string refused = console.Run($"run nc 10.0.2.2 {closedPort}", OutputTimeout);
        Assert.Contains($"nc: 10.0.2.2:{closedPort}: Connection refused", refused);
        Assert.Matches(new Regex(@"nc \(id \d+\) ended: exit code 1"), refused);
    }

    // Dns.GetHostAddresses in a program goes through the kernel's resolver, here pointed at
    // the test's own DNS server; an unknown name is SocketException(HostNotFound).
    [Fact]
    public void NcResolvesAHostNameThroughTheKernelsResolver()
    {
        using var dns = new TestDnsServer();
        dns.AddA("peer.test", "10.0.2.2");
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        int serverPort = ((IPEndPoint)server.LocalEndpoint).Port;
        Task<string> served = ServeOneLine(server, _ => "found by name\n");
        try
        {
            string image = KernelImages.WithCommandLine("progdns", $"dns=10.0.2.2:{dns.Port}");
            using var console = KernelConsole.Boot(nameof(NcResolvesAHostNameThroughTheKernelsResolver), image, 128,
                "-netdev", "user,id=net0", "-device", NetworkCard.Device());
            var configured = new Regex(@"net: address 10\.0\.2\.15 ");
            if (!configured.IsMatch(console.Machine.SerialOutput))
                console.Machine.WaitFor(configured, OutputTimeout);
            string output = console.Run($"run nc peer.test {serverPort} by name", OutputTimeout);
            Assert.True(served.Wait(HostSocketTimeout));
            Assert.Equal("by name", served.Result);
            Assert.Contains("found by name", output);
            Assert.Contains("peer.test", dns.Questions);

            string unknown = console.Run("run nc nosuch.test 80", OutputTimeout);
            Assert.Contains("nc: nosuch.test:80: Name or service not known", unknown);
            Assert.Matches(new Regex(@"nc \(id \d+\) ended: exit code 1"), unknown);
        }
        finally
        {
            server.Stop();
        }
    }

    [Fact]
    public void AProgramsListeningSocketIsClosedWhenABreakStopsIt()
    {
        using var console = BootWithForward(nameof(AProgramsListeningSocketIsClosedWhenABreakStopsIt), LoopbackPorts.Free(), HttpdPort);
        console.Run("basic", BasicPrompt);
        string spawned = console.Run("PRINT \"TASK\"; SPAWN(\"httpd\", \"8090\")", BasicPrompt);
        string id = Regex.Match(spawned, @"TASK (\d+)").Groups[1].Value;
        Assert.NotEqual("", id);
        console.Machine.WaitFor("httpd: listening on port 8090", OutputTimeout);
        Assert.Matches(new Regex(@"LISTEN 0\b"), console.Run("S = SOCKET() : PRINT \"LISTEN\"; LISTEN(S, 8090) : CLOSE S", BasicPrompt));

        console.Run("SYSTEM");
        Assert.Contains($"break sent to task {id} (prog:httpd)", console.Run($"break {id}"));
        DateTime deadline = DateTime.UtcNow + OutputTimeout;
        while (!Regex.IsMatch(console.Run("tasks"), $@"\n\s*{id} httpd\s+exit code 130"))
        {
            Assert.True(DateTime.UtcNow < deadline, "httpd did not stop on break");
            Thread.Sleep(200);
        }
        console.Run("basic", BasicPrompt);
        Assert.Matches(new Regex(@"LISTEN 1\b"), console.Run("S = SOCKET() : PRINT \"LISTEN\"; LISTEN(S, 8090) : CLOSE S", BasicPrompt));
    }

    // On the host: takes one connection, reads a line, answers reply(line) and closes;
    // the task's result is the line.
    private static Task<string> ServeOneLine(TcpListener server, Func<string, string> reply) => Task.Run(() =>
    {
        using TcpClient client = server.AcceptTcpClient();
        client.ReceiveTimeout = (int)HostSocketTimeout.TotalMilliseconds;
        NetworkStream stream = client.GetStream();
        string line = ReadLine(stream);
        Write(stream, reply(line));
        return line;
    });

    private static TcpClient Connect(int port)
    {
        var client = new TcpClient();
        client.ReceiveTimeout = (int)HostSocketTimeout.TotalMilliseconds;
        client.SendTimeout = (int)HostSocketTimeout.TotalMilliseconds;
        client.Connect(IPAddress.Loopback, port);
        return client;
    }

    private static string Get(int port, string path)
    {
        using TcpClient client = Connect(port);
        NetworkStream stream = client.GetStream();
        Write(stream, $"GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
        return ReadResponse(stream);
    }

    private static void Write(NetworkStream stream, string text)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }

    // One response: the head, then Content-Length bytes of body.
    private static string ReadResponse(NetworkStream stream)
    {
        var head = new StringBuilder();
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            int b = stream.ReadByte();
            if (b < 0)
                throw new IOException($"the connection closed inside a response head: {head}");
            head.Append((char)b);
        }
        int length = int.Parse(Regex.Match(head.ToString(), @"Content-Length: (\d+)").Groups[1].Value);
        var body = new byte[length];
        for (int read = 0; read < length;)
        {
            int count = stream.Read(body, read, length - read);
            if (count == 0)
                throw new IOException("the connection closed inside a response body");
            read += count;
        }
        return head + Encoding.UTF8.GetString(body);
    }

    private static string ReadLine(NetworkStream stream)
    {
        var line = new StringBuilder();
        for (int b; (b = stream.ReadByte()) >= 0 && b != '\n';)
            line.Append((char)b);
        return line.ToString();
    }
}
