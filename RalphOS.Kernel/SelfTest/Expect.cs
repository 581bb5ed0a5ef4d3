// Expect: the one helper the self-test suites share for "this call throws": Throws<T>
// runs the action and tells whether it threw a T (or a type derived from it); any other
// exception goes on to the suite runner, which counts it as a failure. Compiled into the
// kernel and into the host's run of the same suites (tests/RalphOS.SelfTest.Tests).
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class Expect
{
    public static bool Throws<TException>(Action action) where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }
}
