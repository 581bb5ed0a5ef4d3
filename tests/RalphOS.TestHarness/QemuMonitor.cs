// QemuMonitor: QEMU's human monitor (HMP) over the Unix socket QemuOptions.MonitorSocketPath
// names, for tests that look at the screen or use the keyboard and mouse: Run("screendump
// FILE"), Run("sendkey ret"), Run("mouse_move 10 -5"). Each command waits, bounded, for the
// monitor's next "(qemu) " prompt. Connect retries until QEMU has made the socket.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace RalphOS.TestHarness;

public sealed class QemuMonitor : IDisposable
{
    private const string Prompt = "(qemu) ";
    private readonly Socket _socket;
    private readonly StringBuilder _received = new StringBuilder();

    private QemuMonitor(Socket socket)
    {
        _socket = socket;
    }

    public static QemuMonitor Connect(string socketPath, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        for (;;)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Connect(new UnixDomainSocketEndPoint(socketPath));
                var monitor = new QemuMonitor(socket);
                monitor.ReadUntilPrompt(deadline);
                return monitor;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                socket.Dispose();
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>Runs one monitor command; returns what the monitor printed for it.</summary>
    public string Run(string command, TimeSpan? timeout = null)
    {
        _socket.Send(Encoding.ASCII.GetBytes(command + "\n"));
        return ReadUntilPrompt(DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20)));
    }

    /// <summary>Saves the screen as a PPM file and loads it.</summary>
    public PpmImage Screendump(string path)
    {
        if (File.Exists(path))
            File.Delete(path);
        Run($"screendump {path}");
        return PpmImage.Load(path);
    }

    /// <summary>Presses and releases keys (QEMU key names: "p", "shift-8", "ret", "spc").</summary>
    public void SendKeys(params string[] keys)
    {
        foreach (string key in keys)
            Run($"sendkey {key}");
    }

    private string ReadUntilPrompt(DateTime deadline)
    {
        var buffer = new byte[4096];
        _received.Clear();
        while (true)
        {
            int wait = (int)Math.Max(1, (deadline - DateTime.UtcNow).TotalMilliseconds);
            if (DateTime.UtcNow >= deadline || !_socket.Poll(wait * 1000, SelectMode.SelectRead))
                throw new QemuMachineException($"the QEMU monitor gave no prompt in time; it said: {_received}");
            int count = _socket.Receive(buffer);
            if (count == 0)
                throw new QemuMachineException($"the QEMU monitor closed; it said: {_received}");
            _received.Append(Encoding.ASCII.GetString(buffer, 0, count));
            string text = _received.ToString();
            if (text.EndsWith(Prompt, StringComparison.Ordinal))
                return text;
        }
    }

    public void Dispose() => _socket.Dispose();
}
