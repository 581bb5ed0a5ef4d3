// BootcheckRun: boots an image with the bootcheck kernel in QEMU and parses its report.
//
// Boot(image, memoryMiB) waits for "bootcheck done" (or fails with the serial log), then
// Value("mapped bytes") returns the hex number printed after that label (at the start of a
// line, e.g. "files at" in "files at 0x... size 0x...") and Has(line)
// tells whether a line was printed. Each QEMU run is bounded by RunTimeout.
using System;
using System.Globalization;
using System.Text.RegularExpressions;
using RalphOS.TestHarness;

namespace RalphOS.Boot.Tests.Fixtures;

public sealed class BootcheckRun
{
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(20);

    private BootcheckRun(string serial)
    {
        Serial = serial;
    }

    public string Serial { get; }

    public static BootcheckRun Boot(string imagePath, int memoryMiB, string name)
    {
        using QemuMachine machine = QemuMachine.Start(new QemuOptions { ImagePath = imagePath, MemoryMiB = memoryMiB, Name = name });
        machine.WaitFor("bootcheck done", RunTimeout);
        return new BootcheckRun(machine.SerialOutput);
    }

    public bool Has(string line) => Regex.IsMatch(Serial, "^" + Regex.Escape(line) + "\r?$", RegexOptions.Multiline);

    public ulong Value(string label)
    {
        Match match = Regex.Match(Serial, "^" + Regex.Escape(label) + " 0x([0-9A-F]+)(?= |\r?$)", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"bootcheck printed no '{label} 0x...' line:\n{Serial}");
        }
        return ulong.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
