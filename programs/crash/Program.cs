// crash: ends itself with a fault, to show that a program's fault ends only that program,
// with a report naming it and its stack. `crash` or `crash divide` divides by zero (the
// CPU's #DE, which the program's runtime turns into DivideByZeroException); `crash null`
// dereferences null (a page fault in page 0: NullReferenceException); `crash throw`
// throws an exception nobody catches; `crash catch` catches a null dereference and ends
// normally with exit code 0; `crash exit` calls Environment.Exit(3) from inside a method;
// `crash wait` sleeps until it is stopped (`break ID`, Ctrl-C in the monitor's `run`);
// `crash wild` reads a non-canonical address: a general-protection fault, which no .NET
// exception stands for, so the kernel ends the program with its CPU-exception report and
// a backtrace naming the program's functions.
using System;
using System.Threading;

internal static class Program
{
    private static int _zero;

    private static int Main(string[] args)
    {
        string how = args.Length > 0 ? args[0] : "divide";
        Console.WriteLine($"crash: about to {how}");
        if (how == "null")
            return ReadThroughNull(null);
        if (how == "throw")
            throw new InvalidOperationException("crash was asked to throw");
        if (how == "catch")
        {
            try
            {
                return ReadThroughNull(null);
            }
            catch (NullReferenceException)
            {
                Console.WriteLine("crash: caught the null dereference");
                return 0;
            }
        }
        if (how == "exit")
            ExitFromDeepInside(3);
        if (how == "wild")
            return ReadWild();
        if (how == "wait")
        {
            while (true)
                Thread.Sleep(100);
        }
        return Divide(42);
    }

    private static void ExitFromDeepInside(int code)
    {
        Environment.Exit(code);
        Console.WriteLine("crash: Environment.Exit returned");
    }

    // Bit 63 set and bit 47 clear: not canonical in 4-level paging (#GP, not #PF).
    private static unsafe int ReadWild() => *(int*)0x8000_0000_0000_0000;

    private static int Divide(int value) => value / _zero;

    private static int ReadThroughNull(int[] values) => values[0];
}
