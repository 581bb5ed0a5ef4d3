// upper: shows a program's console input: reads lines with Console.ReadLine and prints
// each upper-cased, until an empty line or the end of input (Ctrl-D at the terminal; a
// SPAWNed program has no input, so it ends at once and says so). `run upper` at the monitor.
using System;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (Console.IsInputRedirected)
        {
            Console.WriteLine("upper: no console input (SPAWNed programs have none; start it with the monitor's run)");
            return 1;
        }
        Console.WriteLine("upper: type lines; an empty line or Ctrl-D ends");
        int count = 0;
        string line;
        while ((line = Console.ReadLine()) != null && line.Length > 0)
        {
            Console.WriteLine(line.ToUpperInvariant());
            count++;
        }
        Console.WriteLine($"upper: {count} lines");
        return 0;
    }
}
