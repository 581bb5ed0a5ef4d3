// EhClauseReaderTests: MethodUnwindInfo, EhClauses and ClauseSkip on hand-made blobs (the
// encodings as in dotnet/runtime's UnixNativeCodeManager.cpp: unwind block flags, the
// funclet's pointers back to its method, clauses in native-format variable-length
// integers), and CodeSymbols' readable names for ILC's mangled symbols.
using System;
using Internal.Runtime.ExceptionHandling;
using Xunit;

namespace RalphOS.Plugs.Tests.ExceptionHandling;

public unsafe class EhClauseReaderTests
{
    // Three clauses: typed [0x10, 0x46) handler 0xAB type at +0x40 from its field; fault
    // [0x10, 0x47) handler 0xB2; filter [0, 4) handler 5 filter 7. One- and two-byte integers.
    private static readonly byte[] Clauses =
    {
        0x06,
        0x20, 0x61, 0x03, 0xAD, 0x02, 0x40, 0, 0, 0,
        0x20, 0x75, 0x03, 0xC9, 0x02,
        0x00, 0x24, 0x0A, 0x0E,
    };

    [Fact]
    public void ClausesOfEachKindReadBack()
    {
        using var bytes = new UnwindBytes(Clauses);
        var clauses = new EhClauses(bytes.Start);
        Assert.Equal(3u, clauses.Count);

        Assert.True(clauses.Next(out EhClause typed));
        Assert.Equal(EhClauseKind.Typed, typed.Kind);
        Assert.Equal((0x10u, 0x46u, 0xABu), (typed.TryStart, typed.TryEnd, typed.HandlerOffset));
        Assert.True(typed.CatchType == bytes.Start + 6 + 0x40); // relative to its own field
        Assert.True(typed.Covers(0x45) && !typed.Covers(0x46) && !typed.Covers(0xF));

        Assert.True(clauses.Next(out EhClause fault));
        Assert.Equal(EhClauseKind.Fault, fault.Kind);
        Assert.Equal((0x10u, 0x47u, 0xB2u), (fault.TryStart, fault.TryEnd, fault.HandlerOffset));

        Assert.True(clauses.Next(out EhClause filter));
        Assert.Equal(EhClauseKind.Filter, filter.Kind);
        Assert.Equal((0u, 4u, 5u, 7u), (filter.TryStart, filter.TryEnd, filter.HandlerOffset, filter.FilterOffset));

        Assert.False(clauses.Next(out _));
    }

    [Fact]
    public void NoTableMeansNoClauses()
    {
        var clauses = new EhClauses(null);
        Assert.Equal(0u, clauses.Count);
        Assert.False(clauses.Next(out _));
    }

    [Fact]
    public void AFuncletBlobLeadsToItsMethodsClauses()
    {
        // main: flags (EH info + associated data), associated data, EH info pointer to +16.
        // funclet at +32: flags (filter), pointer back to main, distance from the method start.
        byte[] blob = new byte[48];
        blob[0] = MethodUnwindInfo.HasEhInfo | MethodUnwindInfo.HasAssociatedData;
        BitConverter.GetBytes(0x1234).CopyTo(blob, 1);
        BitConverter.GetBytes(16 - 5).CopyTo(blob, 5);
        blob[32] = MethodUnwindInfo.KindFilter;
        BitConverter.GetBytes(-33).CopyTo(blob, 33);
        BitConverter.GetBytes(0x90).CopyTo(blob, 37);
        using var bytes = new UnwindBytes(blob);

        MethodUnwindInfo main = MethodUnwindInfo.Read(bytes.Start, 0x401000);
        Assert.False(main.IsFunclet);
        Assert.Equal(0x401000ul, main.MethodStart);
        Assert.True(main.EhInfo == bytes.Start + 16);

        MethodUnwindInfo funclet = MethodUnwindInfo.Read(bytes.Start + 32, 0x401090);
        Assert.True(funclet.IsFunclet);
        Assert.Equal(MethodUnwindInfo.KindFilter, funclet.Kind);
        Assert.Equal(0x401000ul, funclet.MethodStart);
        Assert.True(funclet.EhInfo == main.EhInfo);

        MethodUnwindInfo none = MethodUnwindInfo.Read(null, 0x402000);
        Assert.True(none.EhInfo == null && none.MethodStart == 0x402000);
    }

    [Fact]
    public void ACollidedUnwindSkipsTheRunningClauseAndItsSiblings()
    {
        var sibling = new EhClause { TryStart = 0x10, TryEnd = 0x40 };
        var enclosing = new EhClause { TryStart = 0x08, TryEnd = 0x60 };
        var skip = new ClauseSkip(0);
        Assert.True(skip.Skips(0, sibling));
        Assert.True(skip.Skips(1, sibling));   // another catch of the same try
        Assert.False(skip.Skips(2, enclosing));
        Assert.False(skip.Skips(3, sibling));  // skipping has ended
        Assert.False(new ClauseSkip(-1).Skips(0, sibling));
    }

    [Theory]
    [InlineData("RalphOS_Kernel_RalphOS_Kernel_SelfTest_ExceptionTests__FilterCatches", "RalphOS.Kernel.SelfTest.ExceptionTests.FilterCatches")]
    [InlineData("S_P_CoreLib_System_Exception__get_Message", "System.Exception.get_Message")]
    [InlineData("RalphOS_Kernel_RalphOS_Kernel_SelfTest_ExceptionTests_FailingStatics___cctor", "RalphOS.Kernel.SelfTest.ExceptionTests.FailingStatics..cctor")]
    [InlineData("_ZTV44S_P_CoreLib_System_InvalidOperationException", "System.InvalidOperationException")]
    [InlineData("ralph_task_main", "ralph_task_main")]
    public void MangledSymbolsBecomeReadable(string symbol, string readable) => Assert.Equal(readable, CodeSymbols.Readable(symbol));

    [Fact]
    public void CoreTypesWithoutANamespaceGetSystems()
    {
        Assert.Equal("System.String", CodeSymbols.ReadableType("String"));
        Assert.Equal("System.Text.StringBuilder", CodeSymbols.ReadableType("S_P_CoreLib_System_Text_StringBuilder"));
        Assert.Equal("1F", CodeSymbols.Hex(0x1F));
        Assert.Equal("0", CodeSymbols.Hex(0));
    }
}
