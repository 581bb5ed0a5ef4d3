// Runs each suite of the kernel's self-test under .NET. The suites state their expected
// values themselves, so a check that fails here means the test's expectation is not what
// .NET does, and a check that fails only in the kernel means our core library differs.
// xunit runs the tests of one class one after another, which the shared runner needs.
using System;
using System.Linq;
using RalphOS.Kernel.SelfTest;
using Xunit;

namespace RalphOS.SelfTest.Tests;

public class SelfTestSuiteTests
{
    [Theory]
    [InlineData("language", 25)]
    [InlineData("dispatch", 4)]
    [InlineData("generic virtual method", 19)]
    [InlineData("numeric", 9)]
    [InlineData("delegate", 4)]
    [InlineData("network stack", 2)]
    [InlineData("collection", 33)]
    [InlineData("text", 25)]
    [InlineData("exception", 54)]
    [InlineData("formatting", 14)]
    [InlineData("parse failure", 7)]
    [InlineData("collection api", 9)]
    [InlineData("tuple", 4)]
    [InlineData("array interface", 9)]
    [InlineData("iterator", 12)]
    [InlineData("linq", 33)]
    [InlineData("record", 11)]
    [InlineData("time", 34)]
    [InlineData("random", 9)]
    [InlineData("math", 24)]
    [InlineData("runtime fidelity", 5)]
    [InlineData("nullable", 9)]
    [InlineData("span", 9)]
    [InlineData("index range", 9)]
    [InlineData("collection misuse", 13)]
    [InlineData("linq more", 20)]
    [InlineData("enum", 12)]
    [InlineData("type", 8)]
    public void SuitePassesUnderDotNet(string suite, int expectedChecks)
    {
        SelfTestRunner.Reset();
        RunSuite(suite);

        var failed = SelfTestRunner.Checks.Where(c => !c.Passed).Select(c => c.Name).ToList();
        Assert.True(failed.Count == 0, "failed under .NET: " + string.Join("; ", failed));
        Assert.True(SelfTestRunner.Checks.Count == expectedChecks,
            $"{suite} made {SelfTestRunner.Checks.Count} checks, expected {expectedChecks}");
    }

    private static void RunSuite(string suite)
    {
        Action run = suite switch
        {
            "language" => LanguageTests.Run,
            "dispatch" => DispatchTests.Run,
            "generic virtual method" => GenericVirtualMethodTests.Run,
            "numeric" => NumericTests.Run,
            "delegate" => DelegateTests.Run,
            "network stack" => NetworkStackTests.Run,
            "collection" => CollectionTests.Run,
            "text" => TextTests.Run,
            "exception" => ExceptionTests.Run,
            "formatting" => FormattingTests.Run,
            "parse failure" => ParseFailureTests.Run,
            "collection api" => CollectionApiTests.Run,
            "tuple" => TupleTests.Run,
            "array interface" => ArrayInterfaceTests.Run,
            "iterator" => IteratorTests.Run,
            "linq" => LinqTests.Run,
            "record" => RecordTests.Run,
            "time" => TimeTests.Run,
            "random" => RandomTests.Run,
            "math" => MathTests.Run,
            "runtime fidelity" => RuntimeFidelityTests.Run,
            "nullable" => NullableTests.Run,
            "span" => SpanTests.Run,
            "index range" => IndexRangeTests.Run,
            "collection misuse" => CollectionMisuseTests.Run,
            "linq more" => LinqMoreTests.Run,
            "enum" => EnumTests.Run,
            "type" => TypeTests.Run,
            _ => throw new ArgumentException(suite),
        };
        run();
    }
}
