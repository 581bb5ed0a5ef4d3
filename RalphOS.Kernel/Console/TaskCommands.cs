// TaskCommands: the kernel monitor's commands for the scheduler (KernelConsole runs them).
//   tasks                 every task (Programs/TaskTable): id, name, state, CPU time, heap
//                         memory it owns (a program's image and heap included); how the last
//                         programs ended
//   break ID              what Ctrl-C does, for any task: a BASIC program (a spawned one
//                         too) stops, a sleep or a wait is cut short
//   tasktest pingpong N   N tasks take turns incrementing a shared counter, yielding each time
//   tasktest overflow     a task recurses without end: its guard page stops it
//   tasktest divide       a task divides by zero (DivideByZeroException, uncaught)
//   tasktest panic        a task indexes past an array's end (IndexOutOfRangeException)
//   tasktest cast         a bad cast (InvalidCastException naming both types)
//   tasktest checked      a `checked` overflow (OverflowException)
//   tasktest throw        a task throws and does not catch: the .NET-style report ends it
//   tasktest catchnull    a task dereferences null inside try: its own catch takes it
//   tasktest wild         a task reads a non-canonical address: a general-protection
//                         fault, which no .NET exception stands for, ends it with the
//                         CPU-exception report and a backtrace
// Each uncaught exception ends only its own task; the console and every other task go on.
using System;
using System.Runtime.CompilerServices;
using System.Text;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Programs;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Console;

internal static unsafe class TaskCommands
{
    private const int PingPongRounds = 1000;
    private const int MaxPingPongTasks = 500;

    private static long _counter;
    private static int _finished;
    private static int _zero;

    public static void List() => Terminal.Write(TaskTable.Format());

    public static void Break(string idText)
    {
        if (!int.TryParse(idText.Trim(), out int id))
        {
            Terminal.WriteLine("usage: break TASK-ID (the ids are in 'tasks')");
            return;
        }
        KernelTask task = FindLive(id);
        if (task == null)
        {
            Terminal.WriteLine(string.Concat("no running task ", id.ToString()));
            return;
        }
        if (task.Id == 0)
        {
            Terminal.WriteLine("the kernel task takes no break");
            return;
        }
        bool interruptsWereOn = Cpu.DisableInterruptsSaving(); // the scheduler's lists change
        Scheduler.RequestBreak(task);
        Cpu.RestoreInterrupts(interruptsWereOn);
        Terminal.WriteLine(string.Concat("break sent to task ", id.ToString(), " (", task.Name, ")"));
    }

    private static KernelTask FindLive(int id)
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.Id == id && task.State != TaskState.Finished)
                return task;
        }
        return null;
    }

    public static void Test(string scenario)
    {
        if (scenario.StartsWith("pingpong"))
            PingPong(scenario.Substring(8).Trim());
        else if (scenario == "overflow")
            RunAndWait("overflow-test", &Overflow);
        else if (scenario == "divide")
            RunAndWait("divide-test", &Divide);
        else if (scenario == "panic")
            RunAndWait("panic-test-task", &IndexPastEnd);
        else if (scenario == "cast")
            RunAndWait("cast-test", &InvalidCast);
        else if (scenario == "checked")
            RunAndWait("checked-test", &CheckedOverflow);
        else if (scenario == "throw")
            RunAndWait("throw-test", &ThrowUncaught);
        else if (scenario == "catchnull")
            RunAndWait("catchnull-test", &CatchNullDereference);
        else if (scenario == "wild")
            RunAndWait("wild-test", &ReadNonCanonical);
        else
            Terminal.WriteLine("usage: tasktest pingpong N | overflow | divide | panic | cast | checked | throw | catchnull | wild");
    }

    private static void PingPong(string countText)
    {
        if (!int.TryParse(countText, out int count) || count < 1 || count > MaxPingPongTasks)
        {
            Terminal.WriteLine("usage: tasktest pingpong N (1 to 500)");
            return;
        }
        _counter = 0;
        _finished = 0;
        int spawned = 0;
        for (int i = 0; i < count; i++)
        {
            if (Scheduler.Spawn(string.Concat("ping-", i.ToString()), &PingPongWorker, i) != null)
                spawned++;
        }
        while (_finished < spawned)
            Scheduler.Yield();
        Terminal.WriteLine(string.Concat(
            string.Concat("pingpong: ", spawned.ToString(), " tasks x ", PingPongRounds.ToString(), " rounds, counter "),
            string.Concat(_counter.ToString(), ", ", _finished.ToString(), " finished")));
    }

    private static void PingPongWorker(nint index)
    {
        for (int round = 0; round < PingPongRounds; round++)
        {
            _counter++;
            Scheduler.Yield();
        }
        _finished++;
    }

    private static void RunAndWait(string name, delegate*<nint, void> entry)
    {
        KernelTask task = Scheduler.Spawn(name, entry, 0);
        if (task == null)
        {
            Terminal.WriteLine("not enough memory for a task");
            return;
        }
        while (task.State != TaskState.Finished)
            Scheduler.Sleep(1);
        Terminal.WriteLine(string.Concat("task ", name, " ended: ", task.ExitReason));
    }

    private static void Overflow(nint depth) => Recurse(0);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Recurse(int depth)
    {
        byte* frame = stackalloc byte[256];
        frame[depth & 255] = (byte)depth;
        return Recurse(depth + 1) + frame[0];
    }

    // Bits 63..48 must copy bit 47 (Intel SDM vol. 1, 3.3.7.1); this address breaks the
    // rule, so the load raises #GP instead of a page fault.
    private const ulong NonCanonicalAddress = 0x8000_0000_0000_0000;

    private static void ReadNonCanonical(nint unused)
    {
        ulong value = *(ulong*)NonCanonicalAddress;
        Terminal.WriteLine(value.ToString());
    }

    private static void Divide(nint unused)
    {
        int result = 100 / _zero;
        Terminal.WriteLine(result.ToString());
    }

    private static void ThrowUncaught(nint unused) =>
        throw new InvalidOperationException("thrown by tasktest throw", new FormatException("the inner one"));

    // The null dereference faults in the unmapped page 0; the fault handler turns it into a
    // NullReferenceException thrown at the faulting instruction, which this catch takes.
    private static void CatchNullDereference(nint unused)
    {
        try
        {
            Terminal.WriteLine(SomeObject(2).ToString());
        }
        catch (NullReferenceException e)
        {
            Terminal.WriteLine($"catchnull: caught NullReferenceException: {e.Message}");
        }
        finally
        {
            Terminal.WriteLine("catchnull: finally ran");
        }
    }

    private static void CheckedOverflow(nint unused)
    {
        int big = int.MaxValue - 1 + (int)unused;
        Terminal.WriteLine(checked(big + 2).ToString());
    }

    private static void InvalidCast(nint unused)
    {
        StringBuilder builder = (StringBuilder)SomeObject(unused);
        Terminal.WriteLine(builder.ToString());
    }

    // Out of line and chosen by an argument, so the compiler cannot see which type the cast
    // meets (the task is started with 0: a string).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object SomeObject(nint choice) => choice switch
    {
        0 => "not a builder",
        1 => new StringBuilder(),
        _ => null,
    };

    private static void IndexPastEnd(nint unused)
    {
        int[] numbers = new int[4];
        int index = 4 + _zero;
        Terminal.WriteLine(numbers[index].ToString());
    }
}
