// future: never runs on this kernel: it is built for API version 999 (future.csproj), and
// the loader refuses it. Were it started, it would say so.
using System;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("future: this kernel should have refused me");
        return 1;
    }
}
