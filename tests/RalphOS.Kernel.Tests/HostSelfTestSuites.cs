// HostSelfTestSuites: runs every self-test suite in RalphOS.Kernel/SelfTest (compiled into
// this project from the kernel's sources, with the host SelfTestRunner) under .NET and
// returns the names of their checks. The selftest boot test (RuntimeSelfTests) requires
// the kernel to report exactly these checks, so a suite the kernel's runner forgets, or a
// suite that stops early in the kernel, fails it; new suites need no change here.
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using RalphOS.Kernel.SelfTest;

namespace RalphOS.Kernel.Tests;

internal static class HostSelfTestSuites
{
    private const string SuiteNamespace = "RalphOS.Kernel.SelfTest";

    /// <summary>The check names of every suite, sorted (the kernel runs them in its own order).</summary>
    public static List<string> CheckNames()
    {
        lock (typeof(SelfTestRunner))
        {
            SelfTestRunner.Reset();
            foreach (MethodInfo run in SuiteEntryPoints()) run.Invoke(null, null);
            List<string> names = SelfTestRunner.Checks.Select(c => c.Name).ToList();
            names.Sort(System.StringComparer.Ordinal);
            return names;
        }
    }

    /// <summary>The static Run() of each class in the suites' namespace (a suite file is
    /// "*Tests.cs" with one such class), except the runner itself.</summary>
    private static IEnumerable<MethodInfo> SuiteEntryPoints()
    {
        return typeof(SelfTestRunner).Assembly.GetTypes()
            .Where(t => t.Namespace == SuiteNamespace && t != typeof(SelfTestRunner) && !t.IsNested)
            .Select(t => t.GetMethod("Run", BindingFlags.Public | BindingFlags.Static, System.Type.EmptyTypes))
            .Where(m => m != null)
            .OrderBy(m => m.DeclaringType.Name);
    }
}
