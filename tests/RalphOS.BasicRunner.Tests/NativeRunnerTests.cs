// The native host runner (build/basic/RalphOS.Basic.Cli, published by the build) run as a
// user runs it: a REPL session SAVEs into the current directory (or --dir), LOADs a file
// the host wrote, lists, renames and KILLs, and the host sees each change; a program file
// runs with its arguments. Every run is bounded: a runner that hangs fails the test.
using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace RalphOS.BasicRunner.Tests;

public class NativeRunnerTests
{
    private const int TimeoutMs = 60_000;

    private static string Runner()
    {
        string probe = AppContext.BaseDirectory;
        while (probe != null && !File.Exists(Path.Combine(probe, "Directory.Build.props")))
            probe = Path.GetDirectoryName(probe.TrimEnd('/'));
        Assert.True(probe != null, "the repository root was not found above the test's folder");
        string runner = Path.Combine(probe, "build", "basic", "RalphOS.Basic.Cli");
        Assert.True(File.Exists(runner), $"{runner} is missing: ./run.sh build publishes it");
        return runner;
    }

    /// <summary>Runs the runner in workingDirectory with args, typing input; returns its exit code and output.</summary>
    private static (int Code, string Output) Run(string workingDirectory, string input, params string[] args)
    {
        var start = new ProcessStartInfo(Runner())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeoutMs))
        {
            process.Kill(true);
            Assert.Fail($"the runner did not finish within {TimeoutMs} ms");
        }
        return (process.ExitCode, output.Result + errors.Result);
    }

    [Fact]
    public void ReplSavesLoadsListsRenamesAndKillsInTheCurrentDirectory()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("fromhost.bas"), "10 PRINT \"FROM THE HOST\"\n");
        string session = string.Join("\n",
            "10 PRINT \"SAVED\"", "SAVE \"mine\"", "NEW", "FILES",
            "LOAD \"FROMHOST\"", "RUN",
            "LOAD \"mine\"", "RUN",
            "NAME \"fromhost\" AS \"moved\"", "KILL \"mine\"", "FILES", "");
        var (code, output) = Run(dir.Path, session);
        Assert.Equal(0, code);
        Assert.Contains("FROM THE HOST\n", output);
        Assert.Contains("SAVED\n", output);
        Assert.Matches(@"MINE\.BAS\s+\d+  \d{4}-", output);
        Assert.Matches(@"MOVED\.BAS\s+25  ", output);
        Assert.Contains("HELLO.BAS", output);
        Assert.Equal(new[] { dir.File("MOVED.BAS") }, Directory.GetFiles(dir.Path));
        Assert.Equal("10 PRINT \"FROM THE HOST\"\n", File.ReadAllText(dir.File("MOVED.BAS")));
    }

    [Fact]
    public void DirOptionPicksTheDirectoryAndAProgramFileRunsWithArguments()
    {
        using var work = new TemporaryDirectory();
        using var files = new TemporaryDirectory();
        File.WriteAllText(work.File("prog.bas"), "10 PRINT ARG$(1)\n");
        File.WriteAllText(files.File("LIB.BAS"), "10 PRINT \"IN DIR\"\n");
        var (code, output) = Run(work.Path, "", "--dir", files.Path, "prog.bas", "hello");
        Assert.Equal(0, code);
        Assert.Equal("hello\n", output);
        (code, output) = Run(work.Path, "LOAD \"lib\"\nRUN\nSAVE \"copy\"\n", "--dir", files.Path);
        Assert.Equal(0, code);
        Assert.Contains("IN DIR\n", output);
        Assert.True(File.Exists(files.File("COPY.BAS")), output);
        Assert.Equal(new[] { work.File("prog.bas") }, Directory.GetFiles(work.Path));
        (code, output) = Run(work.Path, "", "--dir", work.File("nowhere"), "prog.bas");
        Assert.Equal(2, code);
        Assert.Contains("Directory not found", output);
    }
}
