// InterruptFrame: the machine state saved by interrupts.asm when any interrupt or CPU
// exception arrives, lowest address first: xmm0-15, the general registers in reverse push
// order, the vector and error code, then what the CPU itself pushed (RIP, CS, RFLAGS, RSP,
// SS). Handlers may read and change it; the stub restores it on return.
using System.Runtime.InteropServices;

namespace RalphOS.Kernel.Interrupts;

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct InterruptFrame
{
    public fixed byte Xmm[256];
    public ulong R15, R14, R13, R12, R11, R10, R9, R8;
    public ulong Rbp, Rdi, Rsi, Rdx, Rcx, Rbx, Rax;
    public ulong Vector;
    public ulong ErrorCode;
    public ulong Rip, Cs, Rflags, Rsp, Ss;
}
