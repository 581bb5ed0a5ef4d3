// RegisterContext: the state of one stack frame as the dispatcher walks the stack: where it
// executes, its stack pointer and the callee-saved registers (System V x86-64: rbx, rbp,
// r12-r15) as they are in that frame. The other registers do not survive calls, so no
// frame but the first needs them, and compiled code keeps nothing in them across a throw.
// exception_helpers.asm fills one at the throw site and restores one to resume a frame:
// the field order is shared with it.
using System.Runtime.InteropServices;

namespace Internal.Runtime.ExceptionHandling;

[StructLayout(LayoutKind.Sequential)]
internal struct RegisterContext
{
    public ulong Rip;
    public ulong Rsp;
    public ulong Rbp;
    public ulong Rbx;
    public ulong R12;
    public ulong R13;
    public ulong R14;
    public ulong R15;
    // ThrowKind (set by the assembly entry points for the throw site only).
    public ulong Kind;
    // True while Rip is the faulting instruction itself (a hardware fault) rather than a
    // return address: the frame's code is looked up at Rip, not at Rip - 1.
    public ulong IsFaultingFrame;

    public ulong CodeLookupAddress => IsFaultingFrame != 0 ? Rip : Rip - 1;

    public ulong Get(int dwarfRegister) => dwarfRegister switch
    {
        FrameRules.Rbx => Rbx,
        FrameRules.Rbp => Rbp,
        FrameRules.Rsp => Rsp,
        12 => R12,
        13 => R13,
        14 => R14,
        15 => R15,
        _ => 0,
    };

    public void Set(int dwarfRegister, ulong value)
    {
        switch (dwarfRegister)
        {
            case FrameRules.Rbx: Rbx = value; break;
            case FrameRules.Rbp: Rbp = value; break;
            case 12: R12 = value; break;
            case 13: R13 = value; break;
            case 14: R14 = value; break;
            case 15: R15 = value; break;
        }
    }
}
