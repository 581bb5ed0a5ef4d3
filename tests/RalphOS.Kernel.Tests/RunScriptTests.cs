// RunScriptTests: run.sh's own behaviour that needs no terminal: the filter that keeps
// `./run.sh debug`'s QEMU log small (tools/qemu-log-filter.awk, fed a log in QEMU 7.2's
// format), run-net-tap's instructions for creating tap0, run with a fake `ip` on PATH
// that says tap0 does not exist, and the network card RALPH_NIC picks for run-net (a fake
// QEMU on PATH prints its arguments).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class RunScriptTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(120);

    // One timer interrupt as QEMU's -d int logs it: the header and a register dump.
    private const string TimerEntry =
        "Servicing hardware INT=0x20\n" +
        "     0: v=20 e=0000 i=0 cpl=0 IP=0008:00000000001000e8 pc=00000000001000e8 SP=0010:00000000001a2e48 env->regs[R_EAX]=0000000000829003\n" +
        "RAX=0000000000829003 RBX=0000000000800000 RCX=0000000000000200 RDX=00000000000001ff\n" +
        "R8 =0000000000000010 R9 =0000400000000000 R10=00000000005e2560 R11=0000000001000000\n" +
        "RIP=00000000001000e8 RFL=00000287 [--S--PC] CPL=0 II=0 A20=1 SMM=0 HLT=0\n" +
        "CS =0008 0000000000000000 ffffffff 00af9a00 DPL=0 CS64 [-R-]\n" +
        "GDT=     00000000007fe510 00000027\n" +
        "CR0=80000033 CR2=0000000000000000 CR3=0000000000020000 CR4=00000620\n" +
        "EFER=0000000000000500\n";

    // A page fault (vector 0x0e) with its dump, and a reset: what the debug log is for.
    private const string PageFaultEntry =
        "check_exception old: 0xffffffff new 0xe\n" +
        "     1: v=0e e=0002 i=0 cpl=0 IP=0008:0000000000123456 pc=0000000000123456 SP=0010:0000000000827fc0 CR2=0000000000000000\n" +
        "RAX=0000000000000000 RBX=0000000000000000 RCX=0000000000181540 RDX=0000000000000000\n" +
        "CR0=80000033 CR2=0000000000000000 CR3=0000000000020000 CR4=00000620\n";
    private const string ResetEntry = "CPU Reset (CPU 0)\nRAX=0000000000000000 RBX=0000000000000000\n";

    [Fact]
    public void DebugLogFilterDropsTimerInterruptsAndKeepsTheRest()
    {
        string log = TimerEntry + PageFaultEntry + TimerEntry + TimerEntry + ResetEntry + TimerEntry;
        string filtered = Filter(log, limitBytes: 0);
        Assert.Equal(PageFaultEntry + ResetEntry, filtered);
    }

    [Fact]
    public void DebugLogFilterStopsAtItsSizeCapAndSaysSo()
    {
        var log = new System.Text.StringBuilder();
        for (int i = 0; i < 100; i++)
            log.Append(PageFaultEntry).Append(TimerEntry);
        string filtered = Filter(log.ToString(), limitBytes: 1000);
        string[] lines = filtered.TrimEnd('\n').Split('\n');
        Assert.Contains("log capped at 1000 bytes", lines[^1]);
        Assert.Contains("RALPH_DEBUG_LOG=full", lines[^1]);
        Assert.InRange(filtered.Length - lines[^1].Length - 1, 1, 1000);
        Assert.StartsWith(PageFaultEntry, filtered);
    }

    [Fact]
    public void TapInstructionsNameTheUserEvenWhenUserIsUnset()
    {
        string fakes = Directory.CreateTempSubdirectory("ralph-fake-ip-").FullName;
        try
        {
            // `ip link show tap0` fails, as it does on a host without tap0.
            string ip = Path.Combine(fakes, "ip");
            File.WriteAllText(ip, "#!/bin/sh\necho \"Device \\\"tap0\\\" does not exist.\" >&2\nexit 1\n");
            File.SetUnixFileMode(ip, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var environment = new Dictionary<string, string>
            {
                ["PATH"] = $"{fakes}:{Environment.GetEnvironmentVariable("PATH")}",
                ["RALPH_NO_BUILD"] = "1",
                ["USER"] = "",   // as in a root shell started without a login (containers, CI)
            };
            (int exitCode, string output) = RunScript.Run("run-net-tap", environment, ScriptTimeout);
            Assert.NotEqual(0, exitCode);
            Assert.Contains($"sudo ip tuntap add dev tap0 mode tap user {CurrentUser()}\n", output);
        }
        finally
        {
            Directory.Delete(fakes, recursive: true);
        }
    }

    [Theory]
    [InlineData("e1000", "-device e1000,netdev=net0 ")]
    [InlineData("ne2000", "-device ne2k_isa,netdev=net0,irq=10,iobase=0x300 ")]
    [InlineData("", "-device ne2k_isa,netdev=net0,irq=10,iobase=0x300 ")]
    public void RunNetAttachesTheCardRalphNicNames(string nic, string expectedDevice)
    {
        string fakes = Directory.CreateTempSubdirectory("ralph-fake-qemu-").FullName;
        try
        {
            // A QEMU that prints its arguments instead of booting.
            string qemu = Path.Combine(fakes, "qemu-system-x86_64");
            File.WriteAllText(qemu, "#!/bin/sh\necho \"qemu: $* \"\n");
            File.SetUnixFileMode(qemu, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var environment = new Dictionary<string, string>
            {
                ["PATH"] = $"{fakes}:{Environment.GetEnvironmentVariable("PATH")}",
                ["RALPH_NO_BUILD"] = "1",
                ["RALPH_NIC"] = nic,
                ["RALPH_DISK"] = Path.Combine(fakes, "disk.img"),
            };
            (int exitCode, string output) = RunScript.Run("run-net", environment, ScriptTimeout);
            Assert.True(exitCode == 0, output);
            Assert.Contains(expectedDevice, output);
        }
        finally
        {
            Directory.Delete(fakes, recursive: true);
        }
    }

    [Fact]
    public void AnUnknownRalphNicIsRefusedWithTheChoices()
    {
        var environment = new Dictionary<string, string> { ["RALPH_NO_BUILD"] = "1", ["RALPH_NIC"] = "token-ring" };
        (int exitCode, string output) = RunScript.Run("run-net", environment, ScriptTimeout);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("RALPH_NIC='token-ring': use ne2000 or e1000", output);
    }

    private static string CurrentUser()
    {
        var id = new ProcessStartInfo("id") { RedirectStandardOutput = true };
        id.ArgumentList.Add("-un");
        using Process process = Process.Start(id);
        string name = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.NotEqual("", name);
        return name;
    }

    private static string Filter(string log, int limitBytes)
    {
        var awk = new ProcessStartInfo("awk")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        foreach (string argument in new[] { "-v", $"limit_bytes={limitBytes}", "-f",
                     Path.Combine(KernelImages.RepositoryRoot, "tools", "qemu-log-filter.awk") })
            awk.ArgumentList.Add(argument);
        using Process process = Process.Start(awk);
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(log);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(30_000), "awk did not finish");
        return output.Result;
    }
}
