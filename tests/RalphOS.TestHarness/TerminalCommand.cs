// TerminalCommand: runs a shell command under a pseudo-terminal, as a person at a terminal
// runs it, so that what QEMU does to its terminal (raw mode with -serial mon:stdio, or
// Ctrl-C as SIGINT without it) is what a test sees. util-linux `script` (Debian's bsdutils,
// an essential package) makes the pty: it copies our stdin to the pty's master and the
// master's output to our stdout, and with -e exits with the command's status. setsid puts
// it in a process group of its own, so QemuMachine.Dispose can end it and what it started.
// Used with QemuMachine.StartCommand by the run.sh tests.
using System.Collections.Generic;
using System.Diagnostics;

namespace RalphOS.TestHarness;

public static class TerminalCommand
{
    private const string ScriptBinary = "script";

    public static ProcessStartInfo Create(string shellCommand, string workingDirectory, IDictionary<string, string> environment)
    {
        string script = QemuCommand.FindOnPath(ScriptBinary)
            ?? throw new QemuMachineException($"{ScriptBinary} not found (Debian package bsdutils)");
        string setsid = QemuCommand.FindOnPath("setsid");
        var startInfo = new ProcessStartInfo(setsid ?? script) { WorkingDirectory = workingDirectory };
        if (setsid != null)
        {
            startInfo.ArgumentList.Add(script);
        }
        // -q: no "Script started" banner; -e: the command's exit status; -f: flush every
        // write; -c: the command; /dev/null: no typescript file.
        foreach (string argument in new[] { "-qefc", shellCommand, "/dev/null" })
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (KeyValuePair<string, string> variable in environment)
        {
            startInfo.Environment[variable.Key] = variable.Value;
        }
        return startInfo;
    }
}
