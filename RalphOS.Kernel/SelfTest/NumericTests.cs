// NumericTests: double formatting and parsing, and Math, in the kernel; each expected
// string is what .NET 10 prints for the same expression (invariant culture).
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class NumericTests
{
    public static void Run()
    {
        SelfTestRunner.Check("double.ToString shortest round-trip", (0.1 + 0.2).ToString() == "0.30000000000000004"
            && (1.0 / 3).ToString() == "0.3333333333333333" && (-2.5e-7).ToString() == "-2.5E-07");
        SelfTestRunner.Check("double.ToString switches to E notation as .NET 10", 1e16.ToString() == "10000000000000000"
            && 1e17.ToString() == "1E+17" && double.MaxValue.ToString() == "1.7976931348623157E+308");
        SelfTestRunner.Check("double special values", double.NaN.ToString() == "NaN" && (1 / 0.0).ToString() == "Infinity"
            && double.IsNaN(0.0 / 0.0) && double.IsInfinity(-1 / 0.0));
        SelfTestRunner.Check("double.ToString(\"F2\")", 3.14159.ToString("F2") == "3.14");
        SelfTestRunner.Check("double.Parse and TryParse", double.Parse("  -1.25e3 ") == -1250 && !double.TryParse("abc", out _)
            && double.TryParse("0.1", out double tenth) && tenth == 0.1);
        SelfTestRunner.Check("Math.Sqrt, Pow, Exp, Log", Math.Sqrt(2).ToString() == "1.4142135623730951"
            && Math.Pow(2, 0.5).ToString() == "1.4142135623730951" && Math.Exp(1).ToString() == "2.718281828459045"
            && Math.Log(10).ToString() == "2.302585092994046");
        SelfTestRunner.Check("Math.Sin, Atan2", Math.Sin(1).ToString() == "0.8414709848078965" && Math.Atan2(1, 2).ToString() == "0.4636476090008061");
        SelfTestRunner.Check("Math.Round to even, Floor", Math.Round(2.5) == 2 && Math.Round(3.5) == 4 && Math.Floor(-1.5) == -2);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        SelfTestRunner.Check("GC.Collect runs the collector", GC.CollectionCount(0) > 0 && before > 0);
    }
}
