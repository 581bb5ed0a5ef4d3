// GdbReadmeTests: the README's gdb command, run verbatim (so docs and test cannot drift):
// it is read from the first `gdb ...` line of the code block under "## Debugging with gdb",
// only its port (:1234) is rewritten to a free one, and gdb runs in batch mode against a
// QEMU started paused (-S) with its gdb server on that port. The breakpoint at kmain must
// be hit and `info line` must answer with a source file and line.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class GdbReadmeTests
{
    private const string Section = "## Debugging with gdb";
    private const string ReadmePort = ":1234";
    private static readonly TimeSpan GdbTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public void TheReadmesGdbCommandsStopAtKmainAndFindSourceLines()
    {
        List<string> command = ReadmeGdbCommand();
        Assert.Equal("gdb", command[0]);
        int port = LoopbackPorts.Free();
        var options = new QemuOptions { ImagePath = KernelImages.Standard, Name = nameof(TheReadmesGdbCommandsStopAtKmainAndFindSourceLines), Snapshot = true };
        options.ExtraArguments.AddRange(new[] { "-gdb", $"tcp:127.0.0.1:{port}", "-S" });
        using QemuMachine machine = QemuMachine.Start(options);

        var gdb = new ProcessStartInfo("gdb")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = KernelImages.RepositoryRoot,
        };
        gdb.ArgumentList.Add("-batch");
        foreach (string argument in command.GetRange(1, command.Count - 1))
            gdb.ArgumentList.Add(argument.Replace(ReadmePort, $":{port}"));
        using Process process = Process.Start(gdb);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit((int)GdbTimeout.TotalMilliseconds))
        {
            ProcessGroup.Kill(process);
            Assert.Fail($"gdb did not finish within {GdbTimeout.TotalSeconds} s");
        }
        process.WaitForExit();
        string text = output.Result + error.Result;
        Assert.Matches(@"Breakpoint 1, \S*KernelMain\S* \(.*\) at \S+KernelMain\.cs:\d+", text);
        Assert.Matches(@"Line \d+ of ""\S+\.cs"" starts at address 0x[0-9a-f]+", text);
        Assert.DoesNotContain("No line number information", text);
    }

    // The first line starting with "gdb " in the section's code block, with its "\"
    // continuations joined, split as the shell does for the single quotes the README uses.
    private static List<string> ReadmeGdbCommand()
    {
        string readme = File.ReadAllText(Path.Combine(KernelImages.RepositoryRoot, "README.md"));
        int section = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(section >= 0, $"README.md has no '{Section}' section");
        string[] lines = readme.Substring(section).Split('\n');
        var joined = new StringBuilder();
        bool inCommand = false;
        foreach (string raw in lines)
        {
            string line = raw.TrimEnd('\r');
            if (!inCommand && !line.StartsWith("gdb ", StringComparison.Ordinal))
                continue;
            inCommand = true;
            bool continues = line.EndsWith("\\", StringComparison.Ordinal);
            joined.Append(continues ? line.Substring(0, line.Length - 1) : line).Append(' ');
            if (!continues)
                break;
        }
        Assert.True(inCommand, "no gdb command in the README's gdb section");
        return ShellWords(joined.ToString());
    }

    private static List<string> ShellWords(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool quoted = false, any = false;
        foreach (char character in text)
        {
            if (character == '\'')
            {
                quoted = !quoted;
                any = true;
            }
            else if (char.IsWhiteSpace(character) && !quoted)
            {
                if (any)
                    words.Add(word.ToString());
                word.Clear();
                any = false;
            }
            else
            {
                word.Append(character);
                any = true;
            }
        }
        if (any)
            words.Add(word.ToString());
        return words;
    }
}
