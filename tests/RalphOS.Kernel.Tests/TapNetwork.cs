// TapNetwork: a private network for a test: a network namespace holding a TAP device at
// 10.0.2.1/24, the host side of the guest's link. QEMU runs inside the namespace (through
// CommandPrefix), so nothing touches the machine's own interfaces. Dispose deletes it all.
// Needs root, iproute2 and /dev/net/tun; the constructor says which is missing.
using System;
using System.Diagnostics;
using System.IO;

namespace RalphOS.Kernel.Tests;

internal sealed class TapNetwork : IDisposable
{
    public const string HostAddress = "10.0.2.1";
    public const string TapDevice = "tap0";

    // tag makes the namespace's name unique to the test (other tests may run at the same time).
    public TapNetwork(string tag = "tap")
    {
        if (!File.Exists("/dev/net/tun"))
            throw new InvalidOperationException("TAP networking needs /dev/net/tun, which this machine lacks");
        Namespace = $"ralph-{tag}-{Environment.ProcessId}";
        Require("ip", "netns", "add", Namespace);
        Require("ip", "netns", "exec", Namespace, "ip", "link", "set", "lo", "up");
        Require("ip", "netns", "exec", Namespace, "ip", "tuntap", "add", "dev", TapDevice, "mode", "tap");
        Require("ip", "netns", "exec", Namespace, "ip", "addr", "add", HostAddress + "/24", "dev", TapDevice);
        Require("ip", "netns", "exec", Namespace, "ip", "link", "set", TapDevice, "up");
    }

    public string Namespace { get; }

    public string[] CommandPrefix => new[] { "ip", "netns", "exec", Namespace };

    // Runs a command inside the namespace; returns its exit code and output.
    public (int ExitCode, string Output) InNamespace(params string[] command)
    {
        var arguments = new string[command.Length + 3];
        arguments[0] = "netns";
        arguments[1] = "exec";
        arguments[2] = Namespace;
        Array.Copy(command, 0, arguments, 3, command.Length);
        return Run("ip", arguments);
    }

    public void Dispose() => Run("ip", "netns", "delete", Namespace);

    // Set-up steps must succeed (they need root and iproute2).
    private static void Require(string program, params string[] arguments)
    {
        (int exitCode, string output) = Run(program, arguments);
        if (exitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed (TAP tests need root and iproute2): {output}");
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        using Process process = Process.Start(start);
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        if (!process.WaitForExit(30_000))
        {
            process.Kill();
            return (-1, $"{program} did not finish");
        }
        return (process.ExitCode, output);
    }
}
