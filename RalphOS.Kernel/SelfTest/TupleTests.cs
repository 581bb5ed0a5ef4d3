// TupleTests: C# tuples with names as .NET runs them: element names, deconstruction, ==,
// Equals and GetHashCode (tuples as dictionary keys), and ToString "(1, a)". Expected values
// are what .NET produces (the host run proves it).
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class TupleTests
{
    public static void Run()
    {
        (int X, string Name) point = (3, "p");
        var (x, name) = point;
        SelfTestRunner.Check("named tuple elements and deconstruction", point.X == 3 && point.Name == "p" && x == 3 && name == "p");
        var same = (X: 3, Name: "p");
        SelfTestRunner.Check("tuple == and Equals", point == same && point.Equals(same) && !point.Equals((4, "p")) && point.Equals((object)same));
        var seen = new Dictionary<(int, int), string> { [(1, 2)] = "a" };
        SelfTestRunner.Check("tuples as dictionary keys", seen.ContainsKey((1, 2)) && !seen.ContainsKey((2, 1)) && seen[(1, 2)] == "a");
        SelfTestRunner.Check("tuple ToString", (1, 2).ToString() == "(1, 2)" && (1, "a", (string)null).ToString() == "(1, a, )"
            && (1.5, true, 'c', 7L).ToString() == "(1.5, True, c, 7)");
    }
}
