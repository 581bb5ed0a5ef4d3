// SelfTestSummaryTests: the summary line is read as numbers, so "10 failed" is a failure
// (the old check, Contains("0 failed"), took it for a pass). No QEMU needed.
using Xunit;

namespace RalphOS.Kernel.Tests;

public class SelfTestSummaryTests
{
    [Theory]
    [InlineData("PASS a\r\n119 passed, 0 failed\r\n", true)]
    [InlineData("FAIL a\r\n109 passed, 10 failed\r\n", false)]
    [InlineData("0 passed, 0 failed\n", false)]
    [InlineData("selftest crashed\n", false)]
    public void OnlyARealSummaryWithNoFailureIsAPass(string output, bool allPassed)
    {
        Assert.Equal(allPassed, SelfTestSummary.Parse(output).AllPassed);
    }
}
