// LinqMoreTests: the LINQ operators beyond the basics, against .NET's behaviour: ToLookup,
// Join and GroupJoin (also in query syntax), Zip, Chunk, DistinctBy/UnionBy/IntersectBy/
// ExceptBy, MinBy/MaxBy (ties, null keys, empty sequences), Order/OrderDescending, and their
// argument checks. Expected values are .NET's (the host run proves it).
using System;
using System.Collections.Generic;
using System.Linq;

namespace RalphOS.Kernel.SelfTest;

internal static class LinqMoreTests
{
    private sealed class Pet
    {
        public string Name;
        public string Owner;
        public int Age;

        public Pet(string name, string owner, int age)
        {
            Name = name;
            Owner = owner;
            Age = age;
        }
    }

    private sealed class DescendingComparer : IComparer<int>
    {
        public int Compare(int x, int y) => y.CompareTo(x);
    }

    private static readonly string[] Owners = { "Ann", "Bob", "Cid", null };

    private static readonly Pet[] Pets =
    {
        new Pet("Rex", "Bob", 3), new Pet("Tom", "Ann", 5), new Pet("Kit", "Bob", 1), new Pet("Stray", null, 2), new Pet("Zed", "Dee", 5),
    };

    public static void Run()
    {
        RunLookupAndJoins();
        RunZipAndChunk();
        RunKeyedSets();
        RunMinMaxByAndOrder();
    }

    private static void RunLookupAndJoins()
    {
        ILookup<string, string> byOwner = Pets.ToLookup(p => p.Owner, p => p.Name);
        SelfTestRunner.Check("ToLookup: groups by key in first-seen order, missing key is empty", byOwner.Count == 4
            && string.Join(",", byOwner["Bob"]) == "Rex,Kit" && !byOwner["Eve"].Any() && byOwner.Contains("Dee") && !byOwner.Contains("Eve")
            && string.Join(",", byOwner.Select(g => g.Key ?? "-")) == "Bob,Ann,-,Dee" && byOwner[null].Single() == "Stray");
        ILookup<char, string> byLetter = new[] { "apple", "Avocado", "banana" }.ToLookup(w => char.ToLowerInvariant(w[0]));
        SelfTestRunner.Check("ToLookup: with an element per key", byLetter['a'].Count() == 2 && byLetter['b'].First() == "banana");
        var joined = Owners.Join(Pets, o => o, p => p.Owner, (o, p) => $"{o}:{p.Name}").ToList();
        SelfTestRunner.Check("Join: inner matches in order, null keys never match", string.Join(",", joined) == "Ann:Tom,Bob:Rex,Bob:Kit");
        var query = from o in Owners
                    join p in Pets on o equals p.Owner
                    where p.Age > 1
                    select o + "/" + p.Name;
        SelfTestRunner.Check("Join in query syntax", string.Join(",", query) == "Ann/Tom,Bob/Rex");
        var grouped = Owners.GroupJoin(Pets, o => o, p => p.Owner, (o, pets) => $"{o ?? "-"}={pets.Count()}").ToList();
        SelfTestRunner.Check("GroupJoin: every outer element, with an empty group when nothing matches", string.Join(",", grouped) == "Ann=1,Bob=2,Cid=0,-=0");
        var groupQuery = from o in Owners.Take(3)
                         join p in Pets on o equals p.Owner into owned
                         select o + owned.Sum(p => p.Age);
        SelfTestRunner.Check("GroupJoin in query syntax (join into)", string.Join(",", groupQuery) == "Ann5,Bob4,Cid0");
        var ignoreCase = new[] { "ANN" }.Join(Owners.Take(3), o => o, o => o, (a, b) => b, StringComparer.OrdinalIgnoreCase);
        SelfTestRunner.Check("Join with a key comparer", ignoreCase.Single() == "Ann");
        SelfTestRunner.Check("ToLookup and Join check their arguments", ThrowsNull(() => ((string[])null).ToLookup(s => s), "source")
            && ThrowsNull(() => Owners.Join(Pets, null, p => p.Owner, (o, p) => o), "outerKeySelector")
            && ThrowsNull(() => Owners.GroupJoin((Pet[])null, o => o, p => p.Owner, (o, p) => o), "inner"));
    }

    private static void RunZipAndChunk()
    {
        int[] numbers = { 1, 2, 3, 4 };
        string[] words = { "one", "two", "three" };
        SelfTestRunner.Check("Zip: pairs by position up to the shorter sequence", string.Join(",", numbers.Zip(words, (n, w) => $"{n}{w}")) == "1one,2two,3three"
            && numbers.Zip(words).Count() == 3 && numbers.Zip(words).Last().Second == "three" && numbers.Zip(words).First().First == 1);
        var triples = numbers.Zip(words, new[] { 'a', 'b' }).ToList();
        SelfTestRunner.Check("Zip of three sequences", triples.Count == 2 && triples[1] == (2, "two", 'b'));
        int[][] chunks = Enumerable.Range(1, 7).Chunk(3).ToArray();
        SelfTestRunner.Check("Chunk: arrays of the size, the last shorter", chunks.Length == 3 && chunks[0].Length == 3 && chunks[1][0] == 4 && chunks[2].Length == 1
            && chunks[2][0] == 7 && !Array.Empty<int>().Chunk(2).Any());
        SelfTestRunner.Check("Chunk: size below 1 throws ArgumentOutOfRangeException", ThrowsOutOfRange(() => numbers.Chunk(0), "size")
            && ThrowsNull(() => numbers.Zip((string[])null), "second"));
    }

    private static void RunKeyedSets()
    {
        SelfTestRunner.Check("DistinctBy keeps the first element per key", string.Join(",", Pets.DistinctBy(p => p.Age).Select(p => p.Name)) == "Rex,Tom,Kit,Stray"
            && string.Join(",", new[] { "a", "B", "A", "b" }.DistinctBy(s => s, StringComparer.OrdinalIgnoreCase)) == "a,B");
        SelfTestRunner.Check("UnionBy: distinct keys over both sequences", string.Join(",", Pets.Take(2).UnionBy(Pets.Skip(1), p => p.Owner).Select(p => p.Name)) == "Rex,Tom,Stray,Zed");
        SelfTestRunner.Check("IntersectBy: elements whose key is in the key list, once per key",
            string.Join(",", Pets.IntersectBy(new[] { 5, 1, 9 }, p => p.Age).Select(p => p.Name)) == "Tom,Kit");
        SelfTestRunner.Check("ExceptBy: elements whose key is not in the key list, once per key",
            string.Join(",", Pets.ExceptBy(new[] { "Bob" }, p => p.Owner).Select(p => p.Name)) == "Tom,Stray,Zed"
            && string.Join(",", Pets.ExceptBy(new string[] { null }, p => p.Owner).Select(p => p.Name)) == "Rex,Tom,Zed");
    }

    private static void RunMinMaxByAndOrder()
    {
        SelfTestRunner.Check("MinBy and MaxBy: first element with the extreme key", Pets.MinBy(p => p.Age).Name == "Kit" && Pets.MaxBy(p => p.Age).Name == "Tom"
            && Pets.MaxBy(p => p.Name.Length).Name == "Stray" && Pets.MinBy(p => p.Age, new DescendingComparer()).Name == "Tom");
        SelfTestRunner.Check("MinBy and MaxBy pass over null keys", Pets.MinBy(p => p.Owner).Name == "Tom" && Pets.MaxBy(p => p.Owner).Name == "Zed"
            && new[] { "x", "y" }.MinBy(s => (string)null) == "x");
        SelfTestRunner.Check("MinBy on an empty sequence: null for references, throws for values", Array.Empty<Pet>().MinBy(p => p.Age) == null
            && ThrowsInvalid(() => Array.Empty<int>().MaxBy(n => n)));
        int[] numbers = { 3, 1, 2 };
        SelfTestRunner.Check("Order and OrderDescending sort by the element", string.Join(",", numbers.Order()) == "1,2,3"
            && string.Join(",", numbers.OrderDescending()) == "3,2,1" && string.Join(",", new[] { "b", "A", "a" }.Order(StringComparer.Ordinal)) == "A,a,b"
            && string.Join(",", Pets.Select(p => p.Age).Order().ThenByDescending(a => a)) == "1,2,3,5,5");
    }

    private static bool ThrowsNull(Action action, string paramName)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentNullException e)
        {
            return e.ParamName == paramName;
        }
    }

    private static bool ThrowsOutOfRange(Action action, string paramName)
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

    private static bool ThrowsInvalid(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
