// FrameDescription: one method's (or funclet's) entry in the .eh_frame section ILC emits
// (DWARF call frame information, as used by the System V x86-64 ABI): the code range it
// covers, its LSDA (the NativeAOT unwind-info blob, MethodUnwindInfo) and the CFI
// instructions that say, for each code offset, where the caller's frame starts (the CFA)
// and where the callee-saved registers were pushed. EhFrameReader decodes these from the
// raw section, FrameRules runs the instructions.
namespace Internal.Runtime.ExceptionHandling;

internal unsafe struct FrameDescription
{
    public ulong CodeStart;
    public ulong CodeEnd;
    // The NativeAOT unwind-info blob for this code (null when the FDE has none).
    public byte* Lsda;
    // The CIE's initial instructions, then the FDE's own.
    public byte* InitialInstructions;
    public byte* InitialInstructionsEnd;
    public byte* Instructions;
    public byte* InstructionsEnd;
    public uint CodeAlignment;
    public int DataAlignment;
    public uint ReturnAddressRegister;

    public bool Contains(ulong address) => address >= CodeStart && address < CodeEnd;
}
