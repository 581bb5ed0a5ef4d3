// CollectionMisuseTests: using a collection wrongly throws the exception .NET throws, with
// .NET's message, and leaves the collection usable: changing a List, Dictionary, HashSet,
// Queue or Stack while enumerating it, bad indices and ranges, an empty Queue or Stack,
// a missing or duplicate key, null arguments. Expected values are .NET's (the host run
// proves it).
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class CollectionMisuseTests
{
    private const string ModifiedMessage = "Collection was modified; enumeration operation may not execute.";

    public static void Run()
    {
        var list = new List<int> { 1, 2, 3 };
        SelfTestRunner.Check("List: Add during foreach throws InvalidOperationException", ModifiedDuring(() =>
        {
            foreach (int item in list)
                list.Add(item);
        }) && list.Count == 4);
        SelfTestRunner.Check("List: Remove, Insert, indexer set and Sort during foreach throw", ModifiedDuring(() => { foreach (int item in list) list.Remove(item); })
            && ModifiedDuring(() => { foreach (int item in list) list.Insert(0, item); })
            && ModifiedDuring(() => { foreach (int item in list) list[0] = item; })
            && ModifiedDuring(() => { foreach (int item in list) list.Sort(); }));
        SelfTestRunner.Check("List: ForEach that changes the list throws", ModifiedDuring(() => list.ForEach(item => list.Add(item))));
        var fresh = new List<string> { "a", "b" };
        SelfTestRunner.Check("List: bad index throws ArgumentOutOfRangeException", OutOfRange(() => _ = fresh[2], "index") && OutOfRange(() => fresh[-1] = "x", "index")
            && OutOfRange(() => fresh.RemoveAt(2), "index") && OutOfRange(() => fresh.Insert(3, "x"), "index") && OutOfRange(() => new List<int>(-1), "capacity")
            && OutOfRange(() => fresh.RemoveRange(-1, 1), "index") && OutOfRange(() => fresh.GetRange(0, -1), "count"));
        SelfTestRunner.Check("List: a range past the end throws ArgumentException", Throws<ArgumentException>(() => fresh.GetRange(1, 5))
            && Throws<ArgumentException>(() => fresh.RemoveRange(2, 1)) && fresh.Count == 2);
        SelfTestRunner.Check("List: null arguments throw ArgumentNullException", Throws<ArgumentNullException>(() => fresh.AddRange(null))
            && Throws<ArgumentNullException>(() => new List<int>(null)));

        var ages = new Dictionary<string, int> { ["ann"] = 31, ["bob"] = 42 };
        SelfTestRunner.Check("Dictionary: Add during foreach throws InvalidOperationException", ModifiedDuring(() =>
        {
            foreach (var pair in ages)
                ages.Add(pair.Key + "!", 0);
        }) && ModifiedDuring(() => { foreach (string key in ages.Keys) ages[key + "?"] = 1; }));
        ages = new Dictionary<string, int> { ["ann"] = 31, ["bob"] = 42 };
        foreach (var pair in ages)
            ages[pair.Key] = pair.Value + 1;
        foreach (var pair in ages)
            ages.Remove(pair.Key);
        int visited = 0;
        ages["dee"] = 7;
        ages["eve"] = 8;
        foreach (string key in ages.Keys)
        {
            visited++;
            ages.Clear();
        }
        SelfTestRunner.Check("Dictionary: overwriting, removing and clearing during foreach are allowed", visited == 1 && ages.Count == 0);
        ages["cy"] = 5;
        SelfTestRunner.Check("Dictionary: a duplicate key and a missing key throw", Throws<ArgumentException>(() => ages.Add("cy", 6))
            && Throws<KeyNotFoundException>(() => _ = ages["zed"]) && Throws<ArgumentNullException>(() => ages.Add(null, 1)) && ages["cy"] == 5);

        var set = new HashSet<int> { 1, 2 };
        SelfTestRunner.Check("HashSet: Add during foreach throws InvalidOperationException", ModifiedDuring(() =>
        {
            foreach (int item in set)
                set.Add(item + 10);
        }));

        SelfTestRunner.Check("Comparer: objects that cannot be ordered throw ArgumentException",
            Throws<ArgumentException>(() => Comparer<object>.Default.Compare(new object(), new object()), "At least one object must implement IComparable.")
            && Comparer<object>.Default.Compare(3, 5) < 0 && Comparer<object>.Default.Compare(null, new object()) < 0);

        var queue = new Queue<int>();
        var stack = new Stack<int>();
        SelfTestRunner.Check("Queue and Stack: empty throws InvalidOperationException", Throws<InvalidOperationException>(() => queue.Dequeue(), "Queue empty.")
            && Throws<InvalidOperationException>(() => queue.Peek(), "Queue empty.") && Throws<InvalidOperationException>(() => stack.Pop(), "Stack empty.")
            && Throws<InvalidOperationException>(() => stack.Peek(), "Stack empty."));
        queue.Enqueue(1);
        stack.Push(1);
        SelfTestRunner.Check("Queue and Stack: changing during foreach throws", ModifiedDuring(() => { foreach (int item in queue) queue.Enqueue(item); })
            && Throws<InvalidOperationException>(() => { foreach (int item in stack) stack.Push(item); }, "Collection was modified after the enumerator was instantiated."));
    }

    private static bool ModifiedDuring(Action action) => Throws<InvalidOperationException>(action, ModifiedMessage);

    private static bool OutOfRange(Action action, string paramName)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException e)
        {
            return e.ParamName == paramName;
        }
    }

    private static bool Throws<TException>(Action action, string message = null) where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException e)
        {
            return message == null || e.Message == message;
        }
    }
}
