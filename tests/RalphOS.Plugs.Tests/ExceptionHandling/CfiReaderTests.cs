// CfiReaderTests: EhFrameReader, FrameRules, FrameTable and FrameUnwinder on hand-made
// .eh_frame bytes: rules before and after each prolog instruction, every advance form, the
// refusals (an instruction ILC never emits, a personality routine, a truncated record),
// the LSDA pointer, and unwinding one frame over a fake stack (an rbp frame and a
// frameless leaf).
using Internal.Runtime.ExceptionHandling;
using Xunit;

namespace RalphOS.Plugs.Tests.ExceptionHandling;

public unsafe class CfiReaderTests
{
    private const ulong Code = 0x401000;

    // push rbp (1 byte); mov rbp, rsp (3 bytes); then the CFA follows rbp.
    private static readonly byte[] RbpFrame =
    {
        0x41, 0x0E, 16, 0x86, 2,   // advance 1; CFA offset 16; rbp at CFA-16
        0x43, 0x0D, 6,             // advance 3; CFA register rbp
    };

    private static FrameDescription ReadOnly(UnwindBytes bytes)
    {
        Assert.True(EhFrameReader.TryRead(bytes.Start, bytes.Start, bytes.End, 0, out bool isFde, out _, out byte* next));
        Assert.False(isFde);
        Assert.True(EhFrameReader.TryRead(bytes.Start, next, bytes.End, 0, out isFde, out FrameDescription fde, out byte* after));
        Assert.True(isFde);
        Assert.False(EhFrameReader.TryRead(bytes.Start, after, bytes.End, 0, out _, out _, out _)); // the terminator
        return fde;
    }

    [Fact]
    public void RulesChangeAtEachPrologInstruction()
    {
        using var bytes = new UnwindBytes(UnwindBytes.Section("zR", new byte[] { 0 }, Code, 0x40, RbpFrame));
        FrameDescription fde = ReadOnly(bytes);
        Assert.Equal(Code, fde.CodeStart);
        Assert.Equal(Code + 0x40, fde.CodeEnd);
        Assert.True(fde.Lsda == null);

        Assert.True(FrameRules.Compute(fde, Code, out FrameRules entry));
        Assert.Equal(FrameRules.Rsp, entry.CfaRegister);
        Assert.Equal(8, entry.CfaOffset);
        Assert.False(entry.IsSaved(FrameRules.Rbp));

        Assert.True(FrameRules.Compute(fde, Code + 1, out FrameRules pushed));
        Assert.Equal(16, pushed.CfaOffset);
        Assert.Equal(-16, pushed.SavedOffset[FrameRules.Rbp]);
        Assert.Equal(FrameRules.Rsp, pushed.CfaRegister);

        Assert.True(FrameRules.Compute(fde, Code + 4, out FrameRules body));
        Assert.Equal(FrameRules.Rbp, body.CfaRegister);
        Assert.Equal(16, body.CfaOffset);
    }

    [Fact]
    public void LongAdvanceFormsAreUnderstood()
    {
        byte[] instructions = { 0x02, 200, 0x0E, 24, 0x03, 0x00, 0x01, 0x0E, 32, 0x04, 0, 0, 1, 0, 0x0E, 40 };
        using var bytes = new UnwindBytes(UnwindBytes.Section("zR", new byte[] { 0 }, Code, 0x20000, instructions));
        FrameDescription fde = ReadOnly(bytes);
        Assert.True(FrameRules.Compute(fde, Code + 199, out FrameRules a) && a.CfaOffset == 8);
        Assert.True(FrameRules.Compute(fde, Code + 200, out FrameRules b) && b.CfaOffset == 24);
        Assert.True(FrameRules.Compute(fde, Code + 200 + 256, out FrameRules c) && c.CfaOffset == 32);
        Assert.True(FrameRules.Compute(fde, Code + 200 + 256 + 65536, out FrameRules d) && d.CfaOffset == 40);
    }

    [Fact]
    public void AnInstructionIlcNeverEmitsIsRefusedByName()
    {
        byte[] instructions = { 0x41, 0x0A, 0x0E, 16 }; // DW_CFA_remember_state
        using var bytes = new UnwindBytes(UnwindBytes.Section("zR", new byte[] { 0 }, Code, 0x10, instructions));
        FrameDescription fde = ReadOnly(bytes);
        Assert.True(FrameRules.Compute(fde, Code, out _)); // before the instruction
        Assert.False(FrameRules.Compute(fde, Code + 2, out FrameRules rules));
        Assert.Equal(0x0A, rules.UnsupportedOpcode);
    }

    [Fact]
    public void APersonalityRoutineOrATruncatedRecordIsRefused()
    {
        using var personality = new UnwindBytes(UnwindBytes.Section("zPR", new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, Code, 0x10, RbpFrame));
        EhFrameReader.TryRead(personality.Start, personality.Start, personality.End, 0, out _, out _, out byte* next);
        Assert.False(EhFrameReader.TryRead(personality.Start, next, personality.End, 0, out _, out _, out _));

        byte[] section = UnwindBytes.Section("zR", new byte[] { 0 }, Code, 0x10, RbpFrame);
        using var truncated = new UnwindBytes(section[..(section.Length - 12)]);
        EhFrameReader.TryRead(truncated.Start, truncated.Start, truncated.End, 0, out _, out _, out next);
        Assert.False(EhFrameReader.TryRead(truncated.Start, next, truncated.End, 0, out _, out _, out _));
        var table = new FrameTable(truncated.Start, truncated.End, 0);
        Assert.Equal(0, table.Count);
        Assert.NotEqual(0ul, table.FirstUnreadableOffset);
    }

    [Fact]
    public void TheLsdaPointerIsRead()
    {
        using var bytes = new UnwindBytes(UnwindBytes.Section("zLR", new byte[] { 0, 0 }, Code, 0x10, RbpFrame, 0x123456));
        Assert.Equal(0x123456ul, (ulong)ReadOnly(bytes).Lsda);
    }

    [Fact]
    public void AnRbpFrameUnwindsToItsCaller()
    {
        using var bytes = new UnwindBytes(UnwindBytes.Section("zR", new byte[] { 0 }, Code, 0x40, RbpFrame));
        var table = new FrameTable(bytes.Start, bytes.End, 0);
        Assert.Equal(1, table.Count);
        Assert.True(table.Find(Code + 0x10, out FrameDescription fde));
        ulong* stack = stackalloc ulong[4];
        stack[0] = 0x1111;      // the caller's rbp, pushed by the prolog
        stack[1] = 0xABCDEF;    // the return address
        var context = new RegisterContext { Rip = Code + 0x11, Rsp = (ulong)stack - 32, Rbp = (ulong)stack, Rbx = 7 };
        Assert.Equal(FrameUnwinder.Result.Unwound, FrameUnwinder.Unwind(ref context, &fde, out _));
        Assert.Equal(0xABCDEFul, context.Rip);
        Assert.Equal((ulong)(stack + 2), context.Rsp);
        Assert.Equal(0x1111ul, context.Rbp);
        Assert.Equal(7ul, context.Rbx);
    }

    [Fact]
    public void AFramelessLeafReturnsThroughTheStackPointer()
    {
        ulong* stack = stackalloc ulong[2];
        stack[0] = 0x5000;
        var context = new RegisterContext { Rip = 0x4000, Rsp = (ulong)stack, IsFaultingFrame = 1 };
        Assert.Equal(0x4000ul, context.CodeLookupAddress); // a faulting frame is looked up at its RIP
        Assert.Equal(FrameUnwinder.Result.Unwound, FrameUnwinder.Unwind(ref context, null, out _));
        Assert.Equal(0x5000ul, context.Rip);
        Assert.Equal((ulong)(stack + 1), context.Rsp);
        Assert.Equal(0x4FFFul, context.CodeLookupAddress); // a return address: the call before it
    }
}
