// RuntimeSelfTests: the in-kernel test suite of the managed runtime (console `selftest`)
// runs inside the booted OS and reports exactly the checks the same suites make on host
// .NET (HostSelfTestSuites), each one passed, and none failed.
using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class RuntimeSelfTests
{
    [Fact]
    public void AllInKernelRuntimeChecksPass()
    {
        var hostChecks = HostSelfTestSuites.CheckNames();
        Assert.NotEmpty(hostChecks);
        using var console = KernelConsole.Boot(nameof(AllInKernelRuntimeChecksPass));
        string output = console.Run("selftest", TimeSpan.FromSeconds(120));
        SelfTestSummary summary = SelfTestSummary.Parse(output);
        Assert.True(summary.Found, "no summary line:\n" + output);
        Assert.True(summary.Failed == 0, output);
        Assert.True(summary.Passed == hostChecks.Count, $"the kernel passed {summary.Passed} checks, the same suites make {hostChecks.Count} on the host:\n{output}");
        var kernelChecks = Regex.Matches(output, @"^PASS (.*?)\r?$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(hostChecks, kernelChecks);
    }
}
