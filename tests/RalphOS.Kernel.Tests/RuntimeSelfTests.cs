// RuntimeSelfTests: the in-kernel test suite of the managed runtime (console `selftest`)
// runs inside the booted OS and every check passes.
using System;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class RuntimeSelfTests
{
    [Fact]
    public void AllInKernelRuntimeChecksPass()
    {
        using var console = KernelConsole.Boot(nameof(AllInKernelRuntimeChecksPass));
        string output = console.Run("selftest", TimeSpan.FromSeconds(120));
        Match summary = Regex.Match(output, @"(\d+) passed, (\d+) failed");
        Assert.True(summary.Success, "no summary line:\n" + output);
        Assert.True(int.Parse(summary.Groups[1].Value) >= 90, output);
        Assert.DoesNotContain("FAIL ", output);
        Assert.Equal("0", summary.Groups[2].Value);
    }
}
