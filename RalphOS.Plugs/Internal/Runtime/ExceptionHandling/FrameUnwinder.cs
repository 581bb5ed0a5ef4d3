// FrameUnwinder: steps a RegisterContext from a frame to its caller with the frame's CFI:
// the CFA from the rule's register and offset, the saved callee-saved registers from their
// CFA-relative slots, the return address from its slot, and the caller's stack pointer is
// the CFA. A frame without an FDE is a frameless leaf (ILC writes none for code that never
// moves the stack pointer): its return address is at the stack pointer. Reads the stack
// through raw pointers, so the host tests give it a stack of their own.
namespace Internal.Runtime.ExceptionHandling;

internal static unsafe class FrameUnwinder
{
    public enum Result
    {
        Unwound,
        NoFrameInfo,
        UnsupportedCfi,
    }

    // `fde` describes the frame's code (from FrameTable.Find), or is null for a frameless leaf.
    public static Result Unwind(ref RegisterContext context, FrameDescription* fde, out byte unsupportedOpcode)
    {
        unsupportedOpcode = 0;
        if (fde == null)
        {
            context.Rip = *(ulong*)context.Rsp;
            context.Rsp += 8;
            context.IsFaultingFrame = 0;
            return Result.Unwound;
        }
        if (!FrameRules.Compute(*fde, context.CodeLookupAddress, out FrameRules rules))
        {
            unsupportedOpcode = rules.UnsupportedOpcode;
            return Result.UnsupportedCfi;
        }
        if (rules.CfaRegister != FrameRules.Rsp && rules.CfaRegister != FrameRules.Rbp)
            return Result.UnsupportedCfi;
        ulong cfa = context.Get(rules.CfaRegister) + (ulong)rules.CfaOffset;
        for (int register = 0; register < FrameRules.ReturnAddress; register++)
        {
            if (rules.IsSaved(register))
                context.Set(register, *(ulong*)(cfa + (ulong)(long)rules.SavedOffset[register]));
        }
        int returnColumn = (int)fde->ReturnAddressRegister;
        if (returnColumn >= FrameRules.RegisterCount || !rules.IsSaved(returnColumn))
            return Result.UnsupportedCfi;
        context.Rip = *(ulong*)(cfa + (ulong)(long)rules.SavedOffset[returnColumn]);
        context.Rsp = cfa;
        context.IsFaultingFrame = 0;
        return Result.Unwound;
    }
}
