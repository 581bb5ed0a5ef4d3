// KernelPanic: the last thing the kernel does after an unrecoverable error. A fault in an
// ordinary task only ends that task (TaskFaults); in the kernel core it prints what
// happened (a CPU exception with its registers, or a managed runtime failure such as a
// null dereference, bad cast or throw), a symbolized backtrace, and halts the CPU.
// Allocation-free apart from the caller's message string.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Interrupts;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Diagnostics;

internal static unsafe class KernelPanic
{
    private const ulong DoubleFault = 8;
    // The first page is never mapped, so accesses there are null (or near-null) dereferences.
    public const ulong NullPageEnd = 0x1000;

    private static bool _inPanic;

    public static void Install()
    {
        Internal.Runtime.Panic.Handler = &FromManagedCode;
        Internal.Runtime.Panic.SymbolResolver = &SymbolTable.NameAt;
        Internal.Runtime.ExceptionHandling.CodeSymbols.Resolver = &SymbolTable.NameContaining;
        Internal.Runtime.ExceptionHandling.ExceptionDispatcher.UnhandledHandler = &TaskFaults.EndAfterUnhandledException;
    }

    // An exception nobody caught where no task can be ended (the kernel core, an interrupt
    // handler): the same report as a task's, then the panic.
    public static void FromUnhandledException(string report)
    {
        BeginReport();
        Terminal.WriteLine("KERNEL PANIC: unhandled exception in the kernel core");
        Terminal.WriteLine(report);
        Halt();
    }

    public static void FromManagedCode(string message)
    {
        Cpu.DisableInterrupts();
        if (!_inPanic && TaskFaults.CanEndCurrentTask)
            TaskFaults.EndAfterManagedFailure(message);
        BeginReport();
        Terminal.Write("KERNEL PANIC: ");
        Terminal.WriteLine(message);
        ulong rbp = Cpu.ReadFramePointer();
        Backtrace.Print(*(ulong*)(rbp + 8) - 1, *(ulong*)rbp);
        Halt();
    }

    public static void FromCpuException(InterruptFrame* frame)
    {
        if (!_inPanic && frame->Vector != DoubleFault && TaskFaults.CanEndCurrentTask)
        {
            if (TaskFaults.TryRedirectToManagedThrow(frame))
                return;
            TaskFaults.EndAfterCpuException(frame);
        }
        BeginReport();
        Terminal.Write("KERNEL PANIC: CPU exception ");
        Terminal.Write(CpuExceptions.Name(frame->Vector));
        Terminal.Write(" (vector ");
        Terminal.WriteDecimal(frame->Vector);
        Terminal.WriteLine(")");
        Terminal.Write("error code ");
        Terminal.WriteHex(frame->ErrorCode, 8);
        Terminal.Write("  RIP ");
        Terminal.WriteHex(frame->Rip);
        Terminal.Write(' ');
        Backtrace.WriteSymbol(frame->Rip);
        Terminal.WriteLine();
        if (frame->Vector == CpuExceptions.PageFault)
        {
            Terminal.Write("CR2 ");
            ulong address = Cpu.ReadCr2();
            Terminal.WriteHex(address);
            Terminal.WriteLine(address < NullPageEnd ? " (the address that faulted: a null reference)" : " (the address that faulted)");
        }
        PrintRegisters(frame);
        Backtrace.Print(frame->Rip, frame->Rbp);
        Halt();
    }

    private static void BeginReport()
    {
        if (_inPanic)
        {
            // A fault while reporting a fault: say so and stop rather than loop.
            Terminal.WriteLine("\nKERNEL PANIC: nested panic while reporting; halting.");
            Cpu.HaltForever();
        }
        _inPanic = true;
        Terminal.WriteLine();
    }

    private static void PrintRegisters(InterruptFrame* f)
    {
        Register("RAX", f->Rax); Register("RBX", f->Rbx); Register("RCX", f->Rcx); Register("RDX", f->Rdx);
        Terminal.WriteLine();
        Register("RSI", f->Rsi); Register("RDI", f->Rdi); Register("RBP", f->Rbp); Register("RSP", f->Rsp);
        Terminal.WriteLine();
        Register("R8 ", f->R8); Register("R9 ", f->R9); Register("R10", f->R10); Register("R11", f->R11);
        Terminal.WriteLine();
        Register("R12", f->R12); Register("R13", f->R13); Register("R14", f->R14); Register("R15", f->R15);
        Terminal.WriteLine();
        Register("RFLAGS", f->Rflags); Register("CS", f->Cs); Register("SS", f->Ss);
        Register("CR3", Cpu.ReadCr3());
        Terminal.WriteLine();
    }

    private static void Register(string name, ulong value)
    {
        Terminal.Write(name);
        Terminal.Write('=');
        Terminal.WriteHex(value);
        Terminal.Write(' ');
    }

    private static void Halt()
    {
        Terminal.WriteLine("system halted.");
        Cpu.HaltForever();
    }
}
