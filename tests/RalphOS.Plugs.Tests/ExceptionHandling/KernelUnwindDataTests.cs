// KernelUnwindDataTests: the exception dispatcher's readers against what ILC really wrote
// into build/kernel.elf: every FDE parses and its CFI runs with only the supported
// instructions; the FDE table finds methods by address; a method's EH clauses (from the
// self-test ExceptionTests.FilterCatches: a filter inside a typed catch) and its funclets'
// unwind blobs read back as the C# source says.
using System.Collections.Generic;
using Internal.Runtime.ExceptionHandling;
using Xunit;

namespace RalphOS.Plugs.Tests.ExceptionHandling;

public unsafe class KernelUnwindDataTests
{
    private const string FilterCatches = "RalphOS_Kernel_RalphOS_Kernel_SelfTest_ExceptionTests__FilterCatches";

    private static KernelUnwindData Kernel => KernelUnwindData.Instance;

    private static FrameTable Table() => new(Kernel.EhFrameStart, Kernel.EhFrameEnd, Kernel.RuntimeBase);

    [Fact]
    public void EveryFdeOfTheKernelParsesAndItsCfiRuns()
    {
        FrameTable table = Table();
        Assert.Equal(0ul, table.FirstUnreadableOffset);
        Assert.True(table.Count > 1000, $"only {table.Count} FDEs");
        for (int i = 0; i < table.Count; i++)
        {
            FrameDescription fde = table[i];
            Assert.True(fde.CodeEnd > fde.CodeStart);
            for (ulong address = fde.CodeStart; address < fde.CodeEnd; address++)
            {
                Assert.True(FrameRules.Compute(fde, address, out FrameRules rules), $"opcode 0x{rules.UnsupportedOpcode:X2} at 0x{address:X}");
                Assert.True(rules.CfaRegister is FrameRules.Rsp or FrameRules.Rbp);
                Assert.True(rules.IsSaved(FrameRules.ReturnAddress) && rules.SavedOffset[FrameRules.ReturnAddress] == -8);
            }
            if (i > 0)
                Assert.True(table[i - 1].CodeEnd <= fde.CodeStart, "FDEs overlap or are out of order");
        }
    }

    [Fact]
    public void TheTableFindsAMethodByAnyAddressInsideIt()
    {
        FrameTable table = Table();
        ulong method = Kernel.Symbol(FilterCatches);
        Assert.True(table.Find(method, out FrameDescription fde));
        Assert.Equal(method, fde.CodeStart);
        Assert.True(table.Find(method + 5, out FrameDescription same));
        Assert.Equal(method, same.CodeStart);
        Assert.False(table.Find(0x1000, out _));
        // The prolog pushes rbp first: one byte in, the CFA is rsp + 16 and rbp is at CFA - 16.
        Assert.True(FrameRules.Compute(fde, method + 1, out FrameRules rules));
        Assert.Equal(16, rules.CfaOffset);
        Assert.True(rules.IsSaved(FrameRules.Rbp) && rules.SavedOffset[FrameRules.Rbp] == -16);
    }

    [Fact]
    public void AFilterInsideATypedCatchReadsBackFromTheEhClauses()
    {
        FrameTable table = Table();
        ulong method = Kernel.Symbol(FilterCatches);
        Assert.True(table.Find(method, out FrameDescription fde));
        MethodUnwindInfo info = MethodUnwindInfo.Read(fde.Lsda, fde.CodeStart);
        Assert.False(info.IsFunclet);
        Assert.True(info.EhInfo != null);
        var clauses = new EhClauses(info.EhInfo);
        Assert.Equal(2u, clauses.Count);
        var read = new List<EhClause>();
        while (clauses.Next(out EhClause clause))
            read.Add(clause);
        Assert.Equal(2, read.Count);
        Assert.Equal(EhClauseKind.Filter, read[0].Kind);
        Assert.Equal(EhClauseKind.Typed, read[1].Kind);
        Assert.True(read[1].TryStart <= read[0].TryStart && read[0].TryEnd <= read[1].TryEnd, "the inner try is inside the outer one");
        Assert.Equal(Kernel.MethodTableEndingWith("ExceptionTests_CodedException"), Kernel.Runtime(read[1].CatchType));

        // The handler and filter funclets have FDEs of their own whose blobs point back at
        // the method: their kind, and the method's start.
        Assert.True(table.Find(method + read[0].FilterOffset, out FrameDescription filter));
        MethodUnwindInfo filterInfo = MethodUnwindInfo.Read(filter.Lsda, filter.CodeStart);
        Assert.Equal(MethodUnwindInfo.KindFilter, filterInfo.Kind);
        Assert.Equal(method, filterInfo.MethodStart);
        Assert.True(filterInfo.EhInfo == info.EhInfo);
        Assert.True(table.Find(method + read[1].HandlerOffset, out FrameDescription handler));
        MethodUnwindInfo handlerInfo = MethodUnwindInfo.Read(handler.Lsda, handler.CodeStart);
        Assert.Equal(MethodUnwindInfo.KindHandler, handlerInfo.Kind);
        Assert.Equal(method, handlerInfo.MethodStart);
    }
}
