// DebugInfoTests: the built kernel carries DWARF line information from ILC, so gdb maps a
// compiled C# method back to its source file and line.
using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class DebugInfoTests
{
    [Fact]
    public void GdbResolvesAKernelMethodToItsSourceLine()
    {
        var gdb = new ProcessStartInfo("gdb")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "-batch", "-ex", "break RalphOS_Kernel_RalphOS_Kernel_Console_KernelConsole__ShowMemory", KernelImages.KernelElf })
            gdb.ArgumentList.Add(argument);
        using Process process = Process.Start(gdb);
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "gdb did not finish");
        Match location = Regex.Match(output, @"file (\S+KernelConsole\.cs), line (\d+)");
        Assert.True(location.Success, "gdb did not resolve the method to a source line:\n" + output);
        Assert.True(int.Parse(location.Groups[2].Value) > 0);
    }
}
