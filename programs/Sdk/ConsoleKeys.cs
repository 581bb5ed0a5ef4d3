// ConsoleKeys: what .NET's Console lacks for a program that refreshes until a key comes
// (`top`): WaitForKey sleeps on the kernel's scheduler until a key is waiting or the time
// is up, instead of polling Console.KeyAvailable. Through the kernel API's WaitForKey.
namespace RalphOS.Programs;

public static unsafe class ConsoleKeys
{
    // True when a key is waiting (read it with Console.ReadKey); false when the time ran
    // out or the program has no input (it was SPAWNed), after sleeping the whole time.
    public static bool WaitForKey(int millisecondsTimeout)
    {
        if (millisecondsTimeout < 0)
            throw new System.ArgumentOutOfRangeException(nameof(millisecondsTimeout));
        int result = ProgramRuntime.Api->System.WaitForKey((ulong)millisecondsTimeout);
        if (result < 0)
            ProgramRuntime.Api->Sleep((ulong)millisecondsTimeout);
        return result > 0;
    }
}
