// ArrayInterfaceTests: arrays as the generic collection interfaces (IEnumerable<T>,
// ICollection<T>, IList<T>, IReadOnlyList<T>), which the kernel's arrays get from
// Array<T> in RalphOS.Plugs: casts and `is`, enumeration through the interface, the
// indexer, searches, CopyTo, the fixed-size errors, the enumerator, arrays of values, of references and of
// structs, and arrays handed to shared generic code. Expected values are .NET's (the host
// run proves it).
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class ArrayInterfaceTests
{
    private struct Pair
    {
        public int A;
        public int B;
    }

    public static void Run()
    {
        int[] numbers = { 4, 8, 15, 16, 23, 42 };
        object boxed = numbers;
        SelfTestRunner.Check("int[] is IEnumerable<int>, ICollection<int>, IList<int>, IReadOnlyList<int>",
            boxed is IEnumerable<int> && boxed is ICollection<int> && boxed is IList<int> && boxed is IReadOnlyList<int>
            && boxed is IReadOnlyCollection<int> && !(boxed is IEnumerable<long>) && !(boxed is IList<string>));
        IEnumerable<int> sequence = numbers;
        SelfTestRunner.Check("foreach over an int[] held as IEnumerable<int>", SumOf(sequence) == 108 && SumOf(new int[0]) == 0);
        IList<int> list = numbers;
        list[0] = 5;
        SelfTestRunner.Check("IList<int> over an array: Count, indexer get/set, IndexOf, Contains, IsReadOnly",
            list.Count == 6 && list[5] == 42 && numbers[0] == 5 && list.IndexOf(23) == 4 && list.IndexOf(7) == -1
            && list.Contains(16) && !list.Contains(4) && list.IsReadOnly);
        string[] words = { "alpha", "beta", "gamma" };
        IReadOnlyList<string> readOnly = words;
        SelfTestRunner.Check("string[] as IReadOnlyList<string> and in shared generic code",
            readOnly.Count == 3 && readOnly[1] == "beta" && JoinAll(words) == "alpha|beta|gamma"
            && CountOf<string>(words) == 3 && CountOf<int>(numbers) == 6);
        var copy = new int[8];
        ((ICollection<int>)numbers).CopyTo(copy, 1);
        SelfTestRunner.Check("ICollection<T>.CopyTo and new List<T>(IEnumerable<T>) from an array",
            copy[0] == 0 && copy[1] == 5 && copy[6] == 42 && new List<string>((IEnumerable<string>)words).Count == 3
            && string.Join(",", (IEnumerable<int>)numbers) == "5,8,15,16,23,42");
        Pair[] pairs = { new Pair { A = 1, B = 2 }, new Pair { A = 3, B = 4 } };
        int pairSum = 0;
        foreach (Pair p in (IEnumerable<Pair>)pairs)
            pairSum += p.A * p.B;
        SelfTestRunner.Check("an array of structs as IEnumerable<T>", pairSum == 14 && ((IList<Pair>)pairs)[1].B == 4);
        SelfTestRunner.Check("an array's fixed size: Add, Remove, Insert, RemoveAt, Clear throw NotSupportedException",
            FixedSizeRefuses(() => list.Add(1)) && FixedSizeRefuses(() => list.Remove(5)) && FixedSizeRefuses(() => list.Insert(0, 1))
            && FixedSizeRefuses(() => list.RemoveAt(0)) && Refuses(() => list.Clear()) == "Collection is read-only." && numbers.Length == 6);
        bool outOfRange = false;
        try
        {
            _ = list[6];
        }
        catch (ArgumentOutOfRangeException)
        {
            outOfRange = true;
        }
        SelfTestRunner.Check("IList<T> indexer past the end throws ArgumentOutOfRangeException", outOfRange);
        IEnumerator<string> cursor = ((IEnumerable<string>)words).GetEnumerator();
        bool first = cursor.MoveNext() && cursor.Current == "alpha";
        cursor.MoveNext();
        cursor.MoveNext();
        bool ended = !cursor.MoveNext() && !cursor.MoveNext();
        bool endedCurrent = Refuses(() => _ = cursor.Current) == "Enumeration already finished.";
        cursor.Reset();
        bool unstarted = Refuses(() => _ = cursor.Current) == "Enumeration has not started. Call MoveNext.";
        SelfTestRunner.Check("an array's enumerator: MoveNext to the end, Current out of range throws, Reset",
            first && ended && endedCurrent && unstarted && cursor.MoveNext() && cursor.Current == "alpha");
    }

    private static int SumOf(IEnumerable<int> values)
    {
        int sum = 0;
        foreach (int value in values)
            sum += value;
        return sum;
    }

    private static string JoinAll(IEnumerable<string> values) => string.Join("|", values);

    // Shared code for reference types: the array reaches it as an interface.
    private static int CountOf<T>(IEnumerable<T> values)
    {
        int count = 0;
        using IEnumerator<T> cursor = values.GetEnumerator();
        while (cursor.MoveNext())
            count++;
        return count;
    }

    private static bool FixedSizeRefuses(Action change) => Refuses(change) == "Collection was of a fixed size.";

    // The message of the NotSupportedException or InvalidOperationException `action` throws.
    private static string Refuses(Action action)
    {
        try
        {
            action();
            return "no exception";
        }
        catch (NotSupportedException e)
        {
            return e.Message;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }
}
