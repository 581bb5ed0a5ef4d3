// Backtrace: prints the chain of callers by following saved frame pointers (RBP): each
// frame holds the caller's RBP at [rbp] and the return address at [rbp+8]. Every step is
// validated (alignment, inside mapped memory, moving up the stack) so a corrupt stack ends
// the walk instead of faulting again. Allocation-free: it runs inside panics.
namespace RalphOS.Kernel.Diagnostics;

internal static unsafe class Backtrace
{
    private const int MaxFrames = 32;
    private const ulong LowestValidAddress = 0x1000; // page 0 is unmapped

    public static ulong MappedLimit = 0x1_0000_0000;

    // Names an address in the running task's own code (a program's: Programs/ProgramTasks
    // installs it); writes the name and returns true, or returns false. Allocation-free.
    public static delegate*<ulong, bool> FallbackSymbolWriter;

    public static void Print(ulong instructionPointer, ulong framePointer)
    {
        Terminal.WriteLine("backtrace:");
        int index = 0;
        PrintFrame(index++, instructionPointer);
        ulong rbp = framePointer;
        while (index < MaxFrames && IsPlausibleFrame(rbp))
        {
            ulong returnAddress = *(ulong*)(rbp + 8);
            if (returnAddress == 0)
                break;
            // The return address points after the call; step back one byte so the symbol
            // is the calling function even when the call is its last instruction.
            PrintFrame(index++, returnAddress - 1);
            ulong next = *(ulong*)rbp;
            if (next <= rbp)
                break;
            rbp = next;
        }
    }

    private static bool IsPlausibleFrame(ulong rbp) =>
        rbp >= LowestValidAddress && (rbp & 7) == 0 && rbp + 16 <= MappedLimit;

    public static void PrintFrame(int index, ulong address)
    {
        Terminal.Write("  #");
        Terminal.WriteDecimal((ulong)index);
        Terminal.Write(' ');
        Terminal.WriteHex(address);
        Terminal.Write(' ');
        WriteSymbol(address);
        Terminal.WriteLine();
    }

    public static void WriteSymbol(ulong address)
    {
        // A program's own code first: the kernel's last symbols may be unsized, and would
        // claim any address above them.
        if (FallbackSymbolWriter != null && FallbackSymbolWriter(address))
            return;
        if (SymbolTable.TryLookup(address, out byte* name, out ulong offset))
        {
            Terminal.WriteAscii(name, 512);
            Terminal.Write('+');
            Terminal.WriteHex(offset, 4);
        }
        else
        {
            Terminal.Write("??");
        }
    }
}
