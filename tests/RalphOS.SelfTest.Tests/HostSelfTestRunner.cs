// SelfTestRunner for the host: the kernel's suites call SelfTestRunner.Check; here each
// check is recorded instead of printed, so an xunit test can run one suite and assert on
// every check it made (SelfTestSuiteTests.cs).
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class SelfTestRunner
{
    private static readonly List<(string Name, bool Passed)> _checks = new();

    public static IReadOnlyList<(string Name, bool Passed)> Checks => _checks;

    public static void Reset() => _checks.Clear();

    public static void Check(string name, bool condition) => _checks.Add((name, condition));
}
