// KernelCore: what the kernel task (task 0) does after start-up. It sleeps until there is
// work: freeing the stacks of finished tasks, restarting the console task if it ended (a
// fault in it must not leave the machine without a shell), and - on request - faulting on
// purpose, since only a fault in the kernel core is a real kernel panic (panic-test).
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Diagnostics;

namespace RalphOS.Kernel.Tasks;

internal static unsafe class KernelCore
{
    private static readonly WaitQueue _work = new WaitQueue();
    private static delegate*<nint, void> _consoleEntry;
    private static nint _consoleArgument;
    private static KernelTask _console;
    private static bool _panicTestRequested;

    // Read through a static so the compiler cannot prove the dereference is of null.
    private static ulong _nullAddress;

    public static void StartConsole(delegate*<nint, void> entry, nint argument)
    {
        _consoleEntry = entry;
        _consoleArgument = argument;
        _console = Scheduler.Spawn("console", entry, argument);
        if (_console == null)
            KernelPanic.FromManagedCode("no memory for the console task");
    }

    // Called from any task: the kernel task will dereference a null pointer.
    public static void RequestPanicTest()
    {
        _panicTestRequested = true;
        Wake();
    }

    public static void Wake()
    {
        Cpu.DisableInterrupts();
        _work.WakeAll();
        Cpu.EnableInterrupts();
    }

    // Interrupts disabled (called by the scheduler when a task finishes).
    internal static void WakeFromScheduler() => _work.WakeAll();

    public static void Run()
    {
        for (;;)
        {
            Cpu.DisableInterrupts();
            while (!Scheduler.HasFinishedTasks && !_panicTestRequested)
                _work.Wait();
            Cpu.EnableInterrupts();
            if (_panicTestRequested)
            {
                Terminal.WriteLine("kernel task: dereferencing a null pointer...");
                Terminal.WriteHex(*(ulong*)_nullAddress);
            }
            Scheduler.ReapFinishedTasks();
            if (_console != null && _console.State == TaskState.Finished)
            {
                KernelLog.Warning("console", "the console task ended; starting a new one");
                _console = Scheduler.Spawn("console", _consoleEntry, _consoleArgument);
            }
        }
    }
}
