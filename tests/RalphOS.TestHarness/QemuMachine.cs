// QemuMachine: one QEMU guest booted from a Ralph OS disk image, for tests.
//
// Start(options) runs qemu-system-x86_64 with -drive format=raw,file=IMG -serial stdio
// -display none -no-reboot -monitor none (or a monitor socket, see QemuMonitor), -m, the accelerator (QemuAcceleratorChoice) and
// any extra arguments, in its own process group (setsid). A background thread copies the
// serial output into a SerialLog (also a file, see LogPath). Tests then call
// WaitFor(text or regex, timeout), which searches the output after the previous match and
// returns the new match or throws with the serial tail; Send() types into the serial port;
// WaitForExit() waits for QEMU to end. Dispose always kills QEMU and its process group.
// StartCommand runs QEMU through another program instead (e.g. ./run.sh under a
// pseudo-terminal, TerminalCommand) and drives it the same way.
// Used by RalphOS.Boot.Tests and the kernel's QEMU tests.
using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace RalphOS.TestHarness;

public sealed class QemuMachine : IDisposable
{
    private const int ReadBufferBytes = 4096;
    private readonly Process _process;
    private readonly SerialLog _serial;
    private readonly StringBuilder _stderr = new StringBuilder();
    private readonly Thread _reader;
    private int _searchFrom;
    private bool _disposed;

    private QemuMachine(Process process, SerialLog serial, QemuAccelerator accelerator, string commandLine)
    {
        _process = process;
        _serial = serial;
        Accelerator = accelerator;
        CommandLine = commandLine;
        _reader = new Thread(ReadSerial) { IsBackground = true, Name = "qemu-serial" };
        _reader.Start();
        var errorReader = new Thread(ReadStandardError) { IsBackground = true, Name = "qemu-stderr" };
        errorReader.Start();
    }

    public QemuAccelerator Accelerator { get; }
    public string CommandLine { get; }
    public string LogPath => _serial.Path;
    /// <summary>Everything the guest wrote to COM1 so far.</summary>
    public string SerialOutput => _serial.Text;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public static QemuMachine Start(QemuOptions options)
    {
        if (options.ImagePath == null || !File.Exists(options.ImagePath))
        {
            throw new QemuMachineException($"disk image not found: {options.ImagePath}");
        }
        string qemu = QemuCommand.FindQemu();
        QemuAccelerator accelerator = QemuAcceleratorChoice.Resolve(options.Accelerator);
        var startInfo = QemuCommand.CreateStartInfo(qemu, options, accelerator);
        var serial = new SerialLog(QemuCommand.LogFilePath(options.Name));
        Process process = Process.Start(startInfo) ?? throw new QemuMachineException($"could not start {qemu}");
        return new QemuMachine(process, serial, accelerator, QemuCommand.Describe(startInfo));
    }

    /// <summary>Runs a command that starts QEMU itself (its stdin and stdout are the console).</summary>
    public static QemuMachine StartCommand(ProcessStartInfo startInfo, string name, QemuAccelerator accelerator)
    {
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        var serial = new SerialLog(QemuCommand.LogFilePath(name));
        Process process = Process.Start(startInfo) ?? throw new QemuMachineException($"could not start {startInfo.FileName}");
        return new QemuMachine(process, serial, accelerator, QemuCommand.Describe(startInfo));
    }

    /// <summary>Waits for text to appear after the previous match; returns it or throws.</summary>
    public string WaitFor(string text, TimeSpan timeout) =>
        WaitForMatch(new Regex(Regex.Escape(text)), timeout, $"\"{text}\"").Value;

    /// <summary>Waits for pattern to match after the previous match; returns it or throws.</summary>
    public Match WaitFor(Regex pattern, TimeSpan timeout) => WaitForMatch(pattern, timeout, $"/{pattern}/");

    private Match WaitForMatch(Regex pattern, TimeSpan timeout, string description)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        Match match = _serial.WaitFor(pattern, _searchFrom, deadline, () => _process.HasExited && !_reader.IsAlive);
        if (match == null)
        {
            string why = _process.HasExited ? $"QEMU exited (code {_process.ExitCode})" : $"timed out after {timeout.TotalSeconds:0.#} s";
            throw new QemuMachineException(
                $"waiting for {description} on the serial port: {why}.\n{Diagnostics()}");
        }
        _searchFrom = match.Index + match.Length;
        return match;
    }

    /// <summary>Types text into the guest's serial port (COM1).</summary>
    public void Send(string text)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(text);
        _process.StandardInput.BaseStream.Write(bytes, 0, bytes.Length);
        _process.StandardInput.BaseStream.Flush();
    }

    /// <summary>True when QEMU ended within timeout (e.g. the guest shut down or triple-faulted).</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        bool exited = _process.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds));
        if (exited)
        {
            _reader.Join(TimeSpan.FromSeconds(2));
        }
        return exited;
    }

    /// <summary>Command line, log file, QEMU's stderr and the serial tail, for failure messages.</summary>
    public string Diagnostics()
    {
        string stderr;
        lock (_stderr)
        {
            stderr = _stderr.ToString();
        }
        return $"command: {CommandLine}\nserial log: {LogPath}\nqemu stderr: {stderr.Trim()}\n--- serial tail ---\n{_serial.Tail}";
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        ProcessGroup.Kill(_process);
        _reader.Join(TimeSpan.FromSeconds(2));
        _serial.Dispose();
        _process.Dispose();
    }

    private void ReadSerial()
    {
        var buffer = new byte[ReadBufferBytes];
        Stream output = _process.StandardOutput.BaseStream;
        try
        {
            int count;
            while ((count = output.Read(buffer, 0, buffer.Length)) > 0)
            {
                _serial.Append(buffer, count);
            }
        }
        catch (Exception error) when (error is IOException || error is ObjectDisposedException)
        {
        }
        _serial.Wake();
    }

    private void ReadStandardError()
    {
        try
        {
            string line;
            while ((line = _process.StandardError.ReadLine()) != null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(line);
                }
            }
        }
        catch (Exception error) when (error is IOException || error is ObjectDisposedException || error is InvalidOperationException)
        {
        }
    }
}
