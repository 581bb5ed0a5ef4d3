// ParseFailureTests: the exceptions Parse, ToString(format) and string.Format throw, as
// .NET's (types and messages), caught by the test in the kernel as on the host.
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class ParseFailureTests
{
    public static void Run()
    {
        SelfTestRunner.Check("int.Parse of garbage throws FormatException", ThrownMessage(() => int.Parse("x1")) == "FormatException: The input string 'x1' was not in a correct format.");
        SelfTestRunner.Check("int.Parse out of range throws OverflowException", ThrownMessage(() => int.Parse("2147483648")) == "OverflowException: Value was either too large or too small for an Int32.");
        SelfTestRunner.Check("byte.Parse out of range throws OverflowException", ThrownMessage(() => byte.Parse("256")) == "OverflowException: Value was either too large or too small for an unsigned byte.");
        SelfTestRunner.Check("int.Parse(null) throws ArgumentNullException", ThrownMessage(() => int.Parse(null)).StartsWith("ArgumentNullException"));
        SelfTestRunner.Check("double.Parse of garbage throws FormatException", ThrownMessage(() => double.Parse("1..2")) == "FormatException: The input string '1..2' was not in a correct format.");
        SelfTestRunner.Check("a bad format specifier throws FormatException", ThrownMessage(() => 1.5.ToString("D2")).StartsWith("FormatException"));
        SelfTestRunner.Check("string.Format with a missing argument throws FormatException", ThrownMessage(() => string.Format("{1}", 1)).StartsWith("FormatException"));
    }

    // The kernel has no reflection for GetType().Name.
    private static string Name(Exception e) =>
        e is ArgumentNullException ? "ArgumentNullException" : e is FormatException ? "FormatException" : e is OverflowException ? "OverflowException" : "Exception";

    private static string ThrownMessage(Action action)
    {
        try
        {
            action();
            return "nothing thrown";
        }
        catch (Exception e)
        {
            return $"{Name(e)}: {e.Message}";
        }
    }
}
