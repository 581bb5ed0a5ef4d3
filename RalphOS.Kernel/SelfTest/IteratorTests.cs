// IteratorTests: `yield return` iterators, the state machines the C# compiler writes for
// methods returning IEnumerable<T> or IEnumerator<T>: laziness, yield break, infinite
// generators stopped by the caller, independent enumerations of one iterable, generic
// iterators over values and references (shared code), nested iterators, and try/finally
// inside an iterator (the finally runs at the end, on Dispose when foreach leaves early,
// and when the consumer throws), an exception thrown inside an iterator, Reset. Expected
// values are .NET's (the host run proves it).
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class IteratorTests
{
    private static string _log = "";

    public static void Run()
    {
        SelfTestRunner.Check("yield return and yield break", Join(Countdown(3)) == "3,2,1,liftoff" && Join(Countdown(-1)) == "");
        _log = "";
        IEnumerable<int> lazy = Logged(3);
        bool notStarted = _log == "";
        IEnumerator<int> cursor = lazy.GetEnumerator();
        cursor.MoveNext();
        SelfTestRunner.Check("an iterator runs only as it is enumerated", notStarted && _log == "s0" && cursor.Current == 0);
        cursor.Dispose();
        SelfTestRunner.Check("an infinite iterator stopped by the caller", FirstSquaresSum(Squares(), 4) == 0 + 1 + 4 + 9);
        IEnumerable<int> twice = Countup(3);
        SelfTestRunner.Check("two enumerations of one iterable are independent", Join(twice) == "0,1,2" && Join(twice) == "0,1,2"
            && InterleavedPairs(twice) == "00,11,22");
        SelfTestRunner.Check("generic iterators over values and references", Join(Alternate(1, 2, 3)) == "1,2,1"
            && Join(Alternate("a", "b", 4)) == "a,b,a,b" && Join(Alternate<string>(null, "x", 2)) == ",x");
        SelfTestRunner.Check("nested iterators (an iterator consuming another)", Join(Doubled(Countup(4))) == "0,2,4,6");
        _log = "";
        string whole = Join(Guarded(3));
        SelfTestRunner.Check("try/finally in an iterator runs at the end", whole == "0,1,2" && _log == "[finally]");
        _log = "";
        foreach (int value in Guarded(10))
        {
            if (value == 1)
                break;
        }
        SelfTestRunner.Check("breaking out of foreach disposes the iterator, running its finally", _log == "[finally]");
        _log = "";
        bool consumerThrew = false;
        try
        {
            foreach (int value in Guarded(10))
            {
                if (value == 2)
                    throw new InvalidOperationException("consumer");
            }
        }
        catch (InvalidOperationException e)
        {
            consumerThrew = e.Message == "consumer";
        }
        SelfTestRunner.Check("an exception in the foreach body still runs the iterator's finally", consumerThrew && _log == "[finally]");
        _log = "";
        string caught = null;
        try
        {
            Join(Failing());
        }
        catch (FormatException e)
        {
            caught = e.Message;
        }
        SelfTestRunner.Check("an exception thrown inside an iterator reaches the caller after its finally", caught == "bad item" && _log == "a[cleanup]");
        IEnumerator<int> direct = Digits(2);
        bool directOk = direct.MoveNext() && direct.Current == 0 && direct.MoveNext() && direct.Current == 1 && !direct.MoveNext();
        SelfTestRunner.Check("an iterator returning IEnumerator<T>; Reset throws NotSupportedException", directOk && ResetRefused(direct));
        _log = "";
        IEnumerator<int> early = Guarded(5).GetEnumerator();
        early.MoveNext();
        early.Dispose();
        early.Dispose();
        SelfTestRunner.Check("Dispose of a suspended iterator runs its finally once; MoveNext after Dispose is false",
            _log == "[finally]" && !early.MoveNext());
    }

    private static IEnumerable<string> Countdown(int from)
    {
        if (from < 0)
            yield break;
        for (int i = from; i > 0; i--)
            yield return i.ToString();
        yield return "liftoff";
    }

    private static IEnumerable<int> Logged(int count)
    {
        for (int i = 0; i < count; i++)
        {
            _log += "s" + i;
            yield return i;
        }
    }

    private static IEnumerable<int> Squares()
    {
        for (int i = 0; ; i++)
            yield return i * i;
    }

    private static int FirstSquaresSum(IEnumerable<int> squares, int count)
    {
        int sum = 0;
        foreach (int square in squares)
        {
            if (count-- == 0)
                break;
            sum += square;
        }
        return sum;
    }

    private static IEnumerable<int> Countup(int count)
    {
        for (int i = 0; i < count; i++)
            yield return i;
    }

    private static string InterleavedPairs(IEnumerable<int> values)
    {
        var pairs = new List<string>();
        using IEnumerator<int> left = values.GetEnumerator();
        using IEnumerator<int> right = values.GetEnumerator();
        while (left.MoveNext() && right.MoveNext())
            pairs.Add($"{left.Current}{right.Current}");
        return string.Join(",", pairs);
    }

    private static IEnumerable<T> Alternate<T>(T first, T second, int count)
    {
        for (int i = 0; i < count; i++)
            yield return i % 2 == 0 ? first : second;
    }

    private static IEnumerable<int> Doubled(IEnumerable<int> values)
    {
        foreach (int value in values)
            yield return value * 2;
    }

    private static IEnumerable<int> Guarded(int count)
    {
        try
        {
            for (int i = 0; i < count; i++)
                yield return i;
        }
        finally
        {
            _log += "[finally]";
        }
    }

    private static IEnumerable<string> Failing()
    {
        try
        {
            _log += "a";
            yield return "a";
            throw new FormatException("bad item");
        }
        finally
        {
            _log += "[cleanup]";
        }
    }

    private static IEnumerator<int> Digits(int count)
    {
        for (int i = 0; i < count; i++)
            yield return i;
    }

    private static bool ResetRefused(IEnumerator<int> cursor)
    {
        try
        {
            cursor.Reset();
            return false;
        }
        catch (NotSupportedException)
        {
            return true;
        }
    }

    private static string Join<T>(IEnumerable<T> values) => string.Join(",", values);
}
