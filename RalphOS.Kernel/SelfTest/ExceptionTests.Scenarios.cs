// ExceptionTests.Scenarios: the small methods and types the exception checks throw
// through (ExceptionTests.cs). Most are out of line on purpose, so the compiler keeps the
// frames and EH clauses the checks are about.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace RalphOS.Kernel.SelfTest;

internal static partial class ExceptionTests
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Catches<T>(Action action) where T : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (T)
        {
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static bool Catches<T>(Func<object> function) where T : Exception => Catches<T>(() => { function(); });

    private static bool Catches<T>(Func<int> function) where T : Exception => Catches<T>(() => { function(); });

    private static bool Catches<T>(Func<long> function) where T : Exception => Catches<T>(() => { function(); });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception CaughtFrom(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }
        return null;
    }

    private static string MessageOf(Action action) => CaughtFrom(action)?.Message;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string WhichCatch(Action action)
    {
        try
        {
            action();
            return "none";
        }
        catch (ArgumentNullException)
        {
            return "null";
        }
        catch (ArgumentException)
        {
            return "argument";
        }
        catch (Exception)
        {
            return "exception";
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CatchAll(Action action)
    {
        try
        {
            action();
        }
        catch
        {
            return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIf(bool condition)
    {
        if (condition)
            throw new InvalidOperationException("thrown");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Thrower() => throw new InvalidOperationException("from Thrower");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FinallyOnNormalPath()
    {
        string log = "";
        try { log += "t"; }
        finally { log += "f"; }
        return log;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReturnThroughFinally()
    {
        _log = "";
        try { return 7; }
        finally { _log += "f"; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FinallyOnExceptionPath()
    {
        _log = "";
        try
        {
            try
            {
                _log += "t";
                ThrowIf(true);
                _log += "x";
            }
            finally
            {
                _log += "f";
            }
        }
        catch (InvalidOperationException)
        {
            _log += "c";
        }
        return _log;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FilterCatches(int code)
    {
        try
        {
            try
            {
                throw new CodedException(code);
            }
            catch (CodedException e) when (e.Code == 7)
            {
                return $"caught {e.Code}";
            }
        }
        catch (CodedException e)
        {
            return $"outer {e.Code}";
        }
    }

    private static bool Log(string text)
    {
        _log += text;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FilterBeforeFinally()
    {
        _log = "";
        try
        {
            try
            {
                ThrowIf(true);
            }
            finally
            {
                _log += "f";
            }
        }
        catch (InvalidOperationException) when (Log("w"))
        {
            _log += "c";
        }
        return _log;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string NestedFinallyOrder()
    {
        _log = "";
        try
        {
            try
            {
                try
                {
                    try { ThrowIf(true); }
                    finally { _log += "1"; }
                }
                finally { _log += "2"; }
            }
            finally { _log += "3"; }
        }
        catch (Exception)
        {
            _log += "c";
        }
        return _log;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RethrowAfterLook(Exception[] seen)
    {
        try
        {
            Thrower();
        }
        catch (InvalidOperationException e)
        {
            seen[0] = e;
            throw;
        }
    }

    private static bool RethrowKeepsObject()
    {
        var seen = new Exception[1];
        Exception outer = CaughtFrom(() => RethrowAfterLook(seen));
        return outer != null && ReferenceEquals(outer, seen[0]);
    }

    private static bool RethrowKeepsTrace()
    {
        Exception outer = CaughtFrom(() => RethrowAfterLook(new Exception[1]));
        return outer != null && outer.StackTrace != null && outer.StackTrace.Contains("Thrower") && outer.StackTrace.Contains("RethrowAfterLook");
    }

    private static bool CollectAndSay()
    {
        GC.Collect();
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SurvivesCollection()
    {
        try
        {
            throw new InvalidOperationException(string.Concat("built ", "at run time"));
        }
        catch (InvalidOperationException e) when (CollectAndSay())
        {
            var garbage = new List<string>();
            for (int i = 0; i < 1000; i++)
                garbage.Add(i.ToString());
            GC.Collect();
            return e.Message == "built at run time";
        }
    }
}
