// SelfTestRunner: the in-kernel test suite for the managed runtime. Each test exercises one
// language or library feature compiled by ILC against our core library and checks the
// result; the runner prints PASS/FAIL per test and a final "N passed, N failed" line. Run it
// with the console command `selftest`; a boot test asserts that nothing failed.
using System;
using RalphOS.Kernel.Diagnostics;

namespace RalphOS.Kernel.SelfTest;

internal static class SelfTestRunner
{
    private static int _passed;
    private static int _failed;

    public static void RunAll()
    {
        _passed = 0;
        _failed = 0;
        LanguageTests.Run();
        DispatchTests.Run();
        GenericVirtualMethodTests.Run();
        NumericTests.Run();
        DelegateTests.Run();
        NetworkStackTests.Run();
        CollectionTests.Run();
        TextTests.Run();
        ExceptionTests.Run();
        FormattingTests.Run();
        ParseFailureTests.Run();
        CollectionApiTests.Run();
        TupleTests.Run();
        ArrayInterfaceTests.Run();
        IteratorTests.Run();
        LinqTests.Run();
        RecordTests.Run();
        TimeTests.Run();
        RandomTests.Run();
        MathTests.Run();
        RuntimeFidelityTests.Run();
        NullableTests.Run();
        SpanTests.Run();
        IndexRangeTests.Run();
        CollectionMisuseTests.Run();
        LinqMoreTests.Run();
        EnumTests.Run();
        TypeTests.Run();
        Terminal.WriteLine(string.Concat(_passed.ToString(), " passed, ", _failed.ToString(), " failed"));
    }

    public static void Check(string name, bool condition)
    {
        if (condition)
            _passed++;
        else
            _failed++;
        Terminal.Write(condition ? "PASS " : "FAIL ");
        Terminal.WriteLine(name);
    }
}
