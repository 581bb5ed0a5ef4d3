// SelfTestSummary: the kernel's `selftest` ends with "N passed, N failed" on a line of its
// own. Parsed as whole numbers on that line, so "10 failed" is never read as "0 failed".
// Used by RuntimeSelfTests and GarbageCollectorTests.
using System.Text.RegularExpressions;

namespace RalphOS.Kernel.Tests;

internal readonly record struct SelfTestSummary(bool Found, int Passed, int Failed)
{
    public static SelfTestSummary Parse(string output)
    {
        Match m = Regex.Match(output, @"^(\d+) passed, (\d+) failed\r?$", RegexOptions.Multiline);
        return m.Success ? new SelfTestSummary(true, int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) : default;
    }

    /// <summary>True when the summary is there, something passed and nothing failed.</summary>
    public bool AllPassed => Found && Passed > 0 && Failed == 0;
}
