// Thread: the program's one thread, with .NET's static members: Sleep waits on the
// kernel's scheduler (other tasks run meanwhile; Sleep(0) is a yield), Yield gives the CPU
// to the next ready task. A break (Ctrl-C, `break ID`) ends the program in either.
using RalphOS.Programs;

namespace System.Threading;

public static unsafe class Thread
{
    public static void Sleep(int millisecondsTimeout)
    {
        if (millisecondsTimeout < 0)
            throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout));
        if (millisecondsTimeout == 0)
            Yield();
        else
            ProgramRuntime.Api->Sleep((ulong)millisecondsTimeout);
    }

    public static bool Yield()
    {
        ProgramRuntime.Api->Yield();
        return true;
    }
}
