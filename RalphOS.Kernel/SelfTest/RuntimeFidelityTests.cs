// RuntimeFidelityTests: runtime behaviours .NET programs rely on beyond throwing and catching
// (ExceptionTests covers those): a static constructor that threw stays failed, so every
// later access throws TypeInitializationException again (wrapping the same exception, the
// constructor not run twice), and a stack trace starts at the method that failed, not in
// the runtime's throw helpers. Expected values are .NET's (the host run proves it).
using System;
using System.Runtime.CompilerServices;

namespace RalphOS.Kernel.SelfTest;

internal static class RuntimeFidelityTests
{
    private static int _constructorRuns;
    private static int _zero;

    private static class FailsOnce
    {
        public static int Value;

        static FailsOnce()
        {
            _constructorRuns++;
            if (_zero == 0)
                throw new InvalidOperationException("static constructor failed");
            Value = 1;
        }
    }

    public static void Run()
    {
        Exception first = Caught(ReadFailingStatic);
        Exception second = Caught(ReadFailingStatic);
        Exception third = Caught(WriteFailingStatic);
        SelfTestRunner.Check("a failed static constructor fails every later access", first is TypeInitializationException
            && second is TypeInitializationException && third is TypeInitializationException && _constructorRuns == 1);
        SelfTestRunner.Check("later TypeInitializationExceptions wrap the first failure", second != null && first != null
            && ReferenceEquals(first.InnerException, second.InnerException) && ((TypeInitializationException)second).TypeName.EndsWith("FailsOnce")
            && second.InnerException is InvalidOperationException inner && inner.Message == "static constructor failed");
        SelfTestRunner.Check("a stack trace starts at the method that failed a bounds check", FirstFrame(Caught(IndexBeyondEnd)).Contains("RuntimeFidelityTests.IndexBeyondEnd"));
        SelfTestRunner.Check("a stack trace starts at the method that failed a cast", FirstFrame(Caught(CastToString)).Contains("RuntimeFidelityTests.CastToString"));
        SelfTestRunner.Check("a stack trace starts at the method that overflowed", FirstFrame(Caught(CheckedOverflow)).Contains("RuntimeFidelityTests.CheckedOverflow"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReadFailingStatic() => _zero += FailsOnce.Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WriteFailingStatic() => FailsOnce.Value = 2;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void IndexBeyondEnd()
    {
        var values = new int[2];
        _zero += values[values.Length + _zero];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CastToString()
    {
        object boxed = _zero;
        _zero += ((string)boxed).Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckedOverflow()
    {
        int big = int.MaxValue - _zero;
        _zero += checked(big + 1);
    }

    private static string FirstFrame(Exception exception)
    {
        string trace = exception?.StackTrace ?? "";
        int end = trace.IndexOf('\n');
        return end < 0 ? trace : trace.Substring(0, end);
    }

    private static Exception Caught(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
