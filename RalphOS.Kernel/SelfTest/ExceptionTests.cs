// ExceptionTests: C# exceptions as .NET runs them: throw and catch by type (most-derived
// first), catch-all, finally, filters (which run before inner finallys: two passes),
// rethrow keeping the stack trace, nested try blocks, exceptions crossing many frames,
// thrown from constructors, static constructors, lambdas, generic, virtual and interface
// calls, using/foreach disposal on the exception path, exceptions inside finally, catch
// and filters; runtime failures (bounds, null, divide, overflow, cast, out of memory),
// including hardware faults, as the .NET exceptions; Message, InnerException, StackTrace
// and ToString. The same source runs on host .NET (tests/RalphOS.SelfTest.Tests).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace RalphOS.Kernel.SelfTest;

internal static partial class ExceptionTests
{
    private static string _log = "";
    private static int _zero;

    public static void Run()
    {
        RunBasics();
        RunOrdering();
        RunAcrossCalls();
        RunNested();
        RunRuntimeFailures();
        RunReporting();
    }

    private static void RunBasics()
    {
        SelfTestRunner.Check("exceptions: catch by the exact type", Catches<InvalidOperationException>(() => throw new InvalidOperationException("a")));
        SelfTestRunner.Check("exceptions: catch by a base type", Catches<ArgumentException>(() => throw new ArgumentNullException("name")));
        SelfTestRunner.Check("exceptions: the first matching catch wins (most-derived first)", WhichCatch(() => throw new ArgumentNullException("p")) == "null");
        SelfTestRunner.Check("exceptions: a later catch takes what earlier ones do not", WhichCatch(() => throw new ArgumentException("p")) == "argument");
        SelfTestRunner.Check("exceptions: catch (Exception) takes any", WhichCatch(() => throw new NotSupportedException()) == "exception");
        SelfTestRunner.Check("exceptions: catch-all block", CatchAll(() => throw new FormatException()));
        SelfTestRunner.Check("exceptions: the message travels with the exception", MessageOf(() => throw new InvalidOperationException("boom")) == "boom");
        SelfTestRunner.Check("exceptions: default messages as .NET", MessageOf(() => throw new InvalidOperationException()) == "Operation is not valid due to the current state of the object.");
        SelfTestRunner.Check("exceptions: finally runs on the normal path", FinallyOnNormalPath() == "tf");
        SelfTestRunner.Check("exceptions: finally runs when leaving by return", ReturnThroughFinally() == 7 && _log == "f");
        SelfTestRunner.Check("exceptions: finally runs on the exception path", FinallyOnExceptionPath() == "tfc");
        SelfTestRunner.Check("exceptions: a filter that says yes catches", FilterCatches(7) == "caught 7");
        SelfTestRunner.Check("exceptions: a filter that says no passes it on", FilterCatches(8) == "outer 8");
        SelfTestRunner.Check("exceptions: `throw null` throws NullReferenceException", Catches<NullReferenceException>(() => throw null!));
        SelfTestRunner.Check("exceptions: StackTrace is null before a throw", new InvalidOperationException().StackTrace == null);
        int count = 0;
        for (int i = 0; i < 100; i++)
        {
            try { ThrowIf(true); }
            catch (InvalidOperationException) { count++; }
        }
        SelfTestRunner.Check("exceptions: a hundred throws and catches in a loop", count == 100);
    }

    private static void RunOrdering()
    {
        SelfTestRunner.Check("exceptions: filters run before inner finallys (two passes)", FilterBeforeFinally() == "wfc");
        SelfTestRunner.Check("exceptions: finallys run innermost first", NestedFinallyOrder() == "123c");
        SelfTestRunner.Check("exceptions: rethrow with `throw;` keeps the object", RethrowKeepsObject());
        SelfTestRunner.Check("exceptions: rethrow keeps the original stack trace", RethrowKeepsTrace());
        SelfTestRunner.Check("exceptions: the exception survives a collection during dispatch", SurvivesCollection());
    }

    private static void RunAcrossCalls()
    {
        _log = "";
        SelfTestRunner.Check("exceptions: across twenty frames, each finally running", ThroughFrames(20) && _log.Length == 20);
        SelfTestRunner.Check("exceptions: thrown from a constructor", Catches<ArgumentOutOfRangeException>(() => new Picky(-1)));
        SelfTestRunner.Check("exceptions: a failing static constructor gives TypeInitializationException", StaticConstructorFailure());
        SelfTestRunner.Check("exceptions: thrown from a lambda", Catches<FormatException>(() => ((Func<int>)(() => throw new FormatException()))()));
        SelfTestRunner.Check("exceptions: thrown from a generic method", Catches<KeyNotFoundException>(() => Generic<string>.Fail("k")));
        SelfTestRunner.Check("exceptions: thrown from a virtual method", Catches<NotImplementedException>(() => ((Shape)new Blob()).Area()));
        SelfTestRunner.Check("exceptions: thrown from an interface call", Catches<NotSupportedException>(() => ((IReader)new BrokenReader()).Read()));
        SelfTestRunner.Check("exceptions: `using` disposes on the exception path", UsingDisposes());
        SelfTestRunner.Check("exceptions: `foreach` disposes its enumerator on the exception path", ForeachDisposes());
    }

    private static void RunNested()
    {
        SelfTestRunner.Check("exceptions: an inner catch handles, the outer sees nothing", InnerHandles() == "i");
        SelfTestRunner.Check("exceptions: an inner catch that does not match leaves it to the outer", InnerPasses() == "fo");
        SelfTestRunner.Check("exceptions: a throw in finally replaces the exception", ThrowInFinally() == "second");
        SelfTestRunner.Check("exceptions: a throw in catch goes to the outer handler", ThrowInCatch() == "outer:from catch");
        SelfTestRunner.Check("exceptions: a throw in catch skips the sibling catch blocks", ThrowInCatchSkipsSiblings() == "outer");
        SelfTestRunner.Check("exceptions: try/catch inside a catch block", TryInsideCatch() == "inner handled");
        SelfTestRunner.Check("exceptions: try/catch inside a finally during unwinding", TryInsideFinally() == "fio");
        SelfTestRunner.Check("exceptions: an exception escaping a filter counts as false", FilterThatThrows() == "next");
    }

    private static void RunRuntimeFailures()
    {
        int[] numbers = new int[3];
        SelfTestRunner.Check("exceptions: array index out of range", Catches<IndexOutOfRangeException>(() => numbers[3 + _zero] = 1));
        SelfTestRunner.Check("exceptions: null dereference (a field read)", Catches<NullReferenceException>(() => Holder.Read(null)));
        SelfTestRunner.Check("exceptions: null dereference (a method call)", Catches<NullReferenceException>(() => Holder.Call(null)));
        SelfTestRunner.Check("exceptions: integer division by zero", Catches<DivideByZeroException>(() => Divide(10, _zero)));
        SelfTestRunner.Check("exceptions: long remainder by zero", Catches<DivideByZeroException>(() => Remainder(10, _zero)));
        SelfTestRunner.Check("exceptions: division by zero caught two frames up, finally run", DivideThroughFrames() == "fc");
        SelfTestRunner.Check("exceptions: checked overflow", Catches<OverflowException>(() => checked(int.MaxValue - 1 + Two())));
        SelfTestRunner.Check("exceptions: invalid cast", Catches<InvalidCastException>(() => (Dog)SomeAnimal(0)));
        SelfTestRunner.Check("exceptions: invalid cast message names both types", CastMessage());
        SelfTestRunner.Check("exceptions: Substring out of range", Catches<ArgumentOutOfRangeException>(() => "abc".Substring(4 + _zero)));
        SelfTestRunner.Check("exceptions: an impossible allocation is OutOfMemoryException", Catches<OutOfMemoryException>(() => new byte[int.MaxValue - _zero]));
    }

    private static void RunReporting()
    {
        var inner = new ArgumentException("inner");
        var outer = new InvalidOperationException("outer", inner);
        SelfTestRunner.Check("exceptions: InnerException", ReferenceEquals(outer.InnerException, inner) && outer.GetBaseException() == inner);
        SelfTestRunner.Check("exceptions: ToString starts with type and message", outer.ToString().StartsWith("System.InvalidOperationException: outer"));
        SelfTestRunner.Check("exceptions: ToString shows the inner exception", outer.ToString().Contains(" ---> System.ArgumentException: inner"));
        Exception thrown = CaughtFrom(() => Thrower());
        SelfTestRunner.Check("exceptions: StackTrace names the throwing method", thrown.StackTrace != null && thrown.StackTrace.Contains("Thrower"));
        SelfTestRunner.Check("exceptions: ToString ends with the stack trace", thrown.ToString().Contains("   at ") && thrown.ToString().Contains("Thrower"));
    }
}
