// TelnetClient: one telnet BASIC session as a test drives it, over QEMU's port forward to
// guest port 23: Send types text (or raw bytes such as Ctrl-C and IAC IP), WaitFor reads
// until a text appears after the previous match (bounded) and returns what came since.
// BootWithTelnet boots a machine with the NE2000 and that forward (plus any others).
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RalphOS.Kernel.Tests;

internal sealed class TelnetClient : IDisposable
{
    public static readonly byte[] CtrlC = { 3 };
    public static readonly byte[] InterruptProcess = { 255, 244 }; // IAC IP (RFC 854)

    private readonly TcpClient _client = new TcpClient();
    private readonly NetworkStream _stream;
    private readonly StringBuilder _received = new StringBuilder();
    private int _consumed;

    private TelnetClient(int port)
    {
        _client.Connect(IPAddress.Loopback, port);
        _stream = _client.GetStream();
    }

    // Boots with a forward from a free host port to telnetd; the port comes back.
    public static KernelConsole BootWithTelnet(string name, out int telnetPort, params string[] moreForwards)
    {
        telnetPort = LoopbackPorts.Free();
        string forwards = $"hostfwd=tcp:127.0.0.1:{telnetPort}-:23";
        foreach (string forward in moreForwards)
            forwards += ",hostfwd=" + forward;
        var console = KernelConsole.Boot(name, null, 256,
            "-netdev", $"user,id=net0,{forwards}",
            "-device", NetworkCard.Device());
        if (!console.Machine.SerialOutput.Contains("telnet: listening on TCP port 23"))
            console.Machine.WaitFor("telnet: listening on TCP port 23", TimeSpan.FromSeconds(30));
        return console;
    }

    // Connects and reads the banner up to the first prompt.
    public static TelnetClient Open(int port)
    {
        var client = new TelnetClient(port);
        client.WaitFor("> ", TimeSpan.FromSeconds(60));
        return client;
    }

    public void Send(string text) => Send(Encoding.ASCII.GetBytes(text));

    public void Send(byte[] bytes) => _stream.Write(bytes, 0, bytes.Length);

    // Reads until `marker` appears after the previous match; returns the text from there
    // to the end of the marker, or throws (with what came) when the time runs out.
    public string WaitFor(string marker, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var buffer = new byte[4096];
        int at;
        while ((at = _received.ToString().IndexOf(marker, _consumed, StringComparison.Ordinal)) < 0)
        {
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"no \"{marker}\" from telnet within {timeout.TotalSeconds} s; got:\n{_received.ToString().Substring(_consumed)}");
            if (!_stream.DataAvailable)
            {
                System.Threading.Thread.Sleep(10);
                continue;
            }
            int count = _stream.Read(buffer, 0, buffer.Length);
            if (count == 0)
                throw new TimeoutException($"telnet closed before \"{marker}\"; got:\n{_received.ToString().Substring(_consumed)}");
            _received.Append(Encoding.Latin1.GetString(buffer, 0, count));
        }
        int end = at + marker.Length;
        string text = _received.ToString().Substring(_consumed, end - _consumed);
        _consumed = end;
        return text;
    }

    // Everything received so far that no WaitFor has returned yet (reads what is waiting).
    public string Pending()
    {
        var buffer = new byte[4096];
        while (_stream.DataAvailable)
        {
            int count = _stream.Read(buffer, 0, buffer.Length);
            if (count == 0)
                break;
            _received.Append(Encoding.Latin1.GetString(buffer, 0, count));
        }
        return _received.ToString().Substring(_consumed);
    }

    public void Dispose() => _client.Dispose();
}
