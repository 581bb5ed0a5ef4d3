// QemuOptions: what QemuMachine.Start boots and how.
using System.Collections.Generic;

namespace RalphOS.TestHarness;

public sealed class QemuOptions
{
    /// <summary>Raw disk image to boot (-drive format=raw,file=...).</summary>
    public string ImagePath { get; set; }
    /// <summary>Guest RAM in MiB (-m).</summary>
    public int MemoryMiB { get; set; } = 64;
    public QemuAccelerator Accelerator { get; set; } = QemuAccelerator.Auto;
    /// <summary>Appended after the standard arguments, e.g. -netdev/-device pairs.</summary>
    public List<string> ExtraArguments { get; } = new List<string>();
    /// <summary>Program and arguments QEMU runs under, e.g. ip netns exec NAME.</summary>
    public List<string> CommandPrefix { get; } = new List<string>();
    /// <summary>Names the serial log file (usually the test's name).</summary>
    public string Name { get; set; } = "qemu";
    /// <summary>Open the disk read-only (snapshot=on) so several machines can share one image.</summary>
    public bool Snapshot { get; set; }
    /// <summary>A Unix socket for QEMU's human monitor (QemuMonitor connects to it); null: no monitor.</summary>
    public string MonitorSocketPath { get; set; }
}
