// hello: the first program, as the seed's: prints a greeting, its arguments one per line
// and the kernel API version, yields, sleeps half a second, prints a goodbye and exits.
// `SPAWN "hello", "a", "b"` in BASIC or `run hello a b` in the monitor starts it.
using System;
using System.Threading;
using RalphOS.Programs;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("Hello from a C# program!");
        Console.WriteLine($"{args.Length} arguments:");
        for (int i = 0; i < args.Length; i++)
            Console.WriteLine($"  args[{i}] = {args[i]}");
        Console.WriteLine($"kernel API version {KernelInfo.ApiVersion}");
        Thread.Yield();
        long before = Environment.TickCount64;
        Thread.Sleep(500);
        Console.WriteLine($"slept {Environment.TickCount64 - before} ms; goodbye");
        return 0;
    }
}
