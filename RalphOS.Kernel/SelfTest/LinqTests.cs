// LinqTests: LINQ to objects as our RalphOS.Plugs implements it, against .NET's behaviour:
// filtering and projection, stable ordering with ThenBy, grouping, element operators and
// their exceptions, quantifiers, aggregates (checked sums, NaN rules, empty sequences), sets,
// partitioning, conversions, deferred execution and query syntax, over arrays, lists and
// iterators. Expected values are .NET's (the host run proves it).
using System;
using System.Collections.Generic;
using System.Linq;

namespace RalphOS.Kernel.SelfTest;

internal static class LinqTests
{
    private sealed class Person
    {
        public string Name;
        public string City;
        public int Age;

        public Person(string name, string city, int age)
        {
            Name = name;
            City = city;
            Age = age;
        }
    }

    private static readonly Person[] People =
    {
        new Person("Ann", "Oslo", 31), new Person("Bob", "Rome", 25), new Person("Cid", "Oslo", 25),
        new Person("Dee", "Lima", 40), new Person("Eve", "Rome", 31), new Person("Fay", "Oslo", 19),
    };

    public static void Run()
    {
        RunProjection();
        RunOrdering();
        RunElements();
        RunAggregates();
        RunSetsAndPartitions();
        RunConversions();
    }

    private static void RunProjection()
    {
        int[] numbers = { 5, 1, 4, 2, 3 };
        SelfTestRunner.Check("Where, Select and indexed Select over an array",
            Join(numbers.Where(n => n % 2 == 1).Select(n => n * 10)) == "50,10,30"
            && Join(numbers.Select((n, i) => n * i)) == "0,1,8,6,12" && Join(numbers.Where((n, i) => i > 2)) == "2,3");
        SelfTestRunner.Check("SelectMany, flat and with a result selector",
            Join(new[] { "ab", "", "cde" }.SelectMany(s => s.ToCharArray())) == "a,b,c,d,e"
            && Join(new[] { 1, 2 }.SelectMany(n => Enumerable.Range(0, n), (n, k) => $"{n}{k}")) == "10,20,21");
        int evaluated = 0;
        IEnumerable<int> query = numbers.Where(n => { evaluated++; return n > 2; });
        bool deferred = evaluated == 0;
        int count = query.Count();
        SelfTestRunner.Check("deferred execution: nothing runs until enumeration, and each enumeration runs again",
            deferred && count == 3 && evaluated == 5 && query.Count() == 3 && evaluated == 10);
        var list = new List<int>(numbers);
        IEnumerable<int> live = list.Where(n => n > 3);
        list.Add(9);
        SelfTestRunner.Check("a deferred query sees changes made before it is enumerated", Join(live) == "5,4,9");
        IEnumerable<string> adults = from p in People where p.Age > 30 select p.Name;
        SelfTestRunner.Check("query syntax: from, where, select", Join(adults) == "Ann,Dee,Eve");
        var cities = People.GroupBy(p => p.City).Select(g => $"{g.Key}:{g.Count()}:{string.Join("+", g.Select(p => p.Name))}");
        SelfTestRunner.Check("GroupBy: groups in first-key order, elements in source order", Join(cities) == "Oslo:3:Ann+Cid+Fay,Rome:2:Bob+Eve,Lima:1:Dee");
        var byAge = from p in People group p.Name by p.Age into g orderby g.Key select $"{g.Key}={string.Join("", g)}";
        SelfTestRunner.Check("query syntax: group by, into, orderby; GroupBy with an element selector",
            Join(byAge) == "19=Fay,25=BobCid,31=AnnEve,40=Dee"
            && Join(People.GroupBy(p => p.Age > 30, (adult, group) => $"{adult}{group.Count()}")) == "True3,False3");
        SelfTestRunner.Check("GroupBy with null keys and a key comparer",
            Join(new[] { "a", null, "b", null }.GroupBy(s => s).Select(g => g.Count())) == "1,2,1"
            && Join(new[] { "x", "X", "y" }.GroupBy(s => s.ToUpperInvariant()).Select(g => g.Key)) == "X,Y");
        SelfTestRunner.Check("OfType and Cast", Join(new object[] { 1, "a", 2, null, "b" }.OfType<string>()) == "a,b"
            && new object[] { 1, 2, 3 }.Cast<int>().Sum() == 6);
    }

    private static void RunOrdering()
    {
        SelfTestRunner.Check("OrderBy is stable (equal keys keep source order)", Join(People.OrderBy(p => p.Age).Select(p => p.Name)) == "Fay,Bob,Cid,Ann,Eve,Dee");
        SelfTestRunner.Check("OrderByDescending is stable too", Join(People.OrderByDescending(p => p.Age).Select(p => p.Name)) == "Dee,Ann,Eve,Bob,Cid,Fay");
        SelfTestRunner.Check("ThenBy and ThenByDescending break ties in order",
            Join(People.OrderBy(p => p.City).ThenByDescending(p => p.Age).ThenBy(p => p.Name).Select(p => p.Name)) == "Dee,Ann,Cid,Fay,Eve,Bob"
            && Join(from p in People orderby p.Age descending, p.Name select p.Name) == "Dee,Ann,Eve,Bob,Cid,Fay");
        SelfTestRunner.Check("OrderBy with a comparer, on strings and with null keys",
            Join(new[] { "b", "C", "a" }.OrderBy(s => s, StringComparer.OrdinalIgnoreCase)) == "a,b,C"
            && Join(new[] { "b", null, "a" }.OrderBy(s => s, StringComparer.Ordinal).Select(s => s ?? "null")) == "null,a,b");
        int keyCalls = 0;
        int[] sorted = new[] { 3, 1, 2 }.OrderBy(n => { keyCalls++; return n; }).ToArray();
        SelfTestRunner.Check("OrderBy calls the key selector once per element", keyCalls == 3 && Join(sorted) == "1,2,3");
    }

    private static void RunElements()
    {
        int[] numbers = { 7, 3, 9, 4 };
        int[] empty = new int[0];
        SelfTestRunner.Check("First, FirstOrDefault, Last, LastOrDefault (with and without a predicate)",
            numbers.First() == 7 && numbers.First(n => n < 5) == 3 && numbers.FirstOrDefault(n => n > 100) == 0 && empty.FirstOrDefault() == 0
            && numbers.Last() == 4 && numbers.Last(n => n > 5) == 9 && numbers.LastOrDefault(n => n > 100) == 0
            && Countup(4).Last() == 3 && Countup(4).First(n => n > 1) == 2 && People.FirstOrDefault(p => p.Age > 99) == null);
        SelfTestRunner.Check("Single and SingleOrDefault", numbers.Single(n => n == 9) == 9 && new[] { 5 }.Single() == 5
            && empty.SingleOrDefault() == 0 && numbers.SingleOrDefault(n => n > 100) == 0);
        SelfTestRunner.Check("ElementAt and ElementAtOrDefault", numbers.ElementAt(2) == 9 && Countup(5).ElementAt(4) == 4
            && numbers.ElementAtOrDefault(10) == 0 && Message(() => numbers.ElementAt(4)) == "ArgumentOutOfRangeException");
        SelfTestRunner.Check("empty and ambiguous sequences throw InvalidOperationException with .NET's messages",
            Message(() => empty.First()) == "Sequence contains no elements"
            && Message(() => numbers.First(n => n > 100)) == "Sequence contains no matching element"
            && Message(() => Countup(0).Last()) == "Sequence contains no elements"
            && Message(() => numbers.Single()) == "Sequence contains more than one element"
            && Message(() => numbers.Single(n => n > 3)) == "Sequence contains more than one matching element"
            && Message(() => numbers.SingleOrDefault()) == "Sequence contains more than one element");
        SelfTestRunner.Check("a null source or selector throws ArgumentNullException naming the parameter at the call",
            Message(() => ((int[])null).Where(n => n > 0)) == "Value cannot be null. (Parameter 'source')"
            && Message(() => numbers.Select((Func<int, int>)null)) == "Value cannot be null. (Parameter 'selector')"
            && Message(() => ((IEnumerable<int>)null).Count()) == "Value cannot be null. (Parameter 'source')");
        SelfTestRunner.Check("Any, All, Contains, Count with and without predicates",
            numbers.Any() && !empty.Any() && numbers.Any(n => n > 8) && !numbers.Any(n => n > 9) && numbers.All(n => n > 2)
            && empty.All(n => n > 100) && numbers.Contains(4) && !numbers.Contains(5) && Countup(5).Contains(4)
            && numbers.Count() == 4 && numbers.Count(n => n % 2 == 1) == 3 && Countup(6).Count() == 6
            && new[] { "A", "b" }.Contains("a", StringComparer.OrdinalIgnoreCase) && numbers.SequenceEqual(new List<int> { 7, 3, 9, 4 }));
    }

    private static void RunAggregates()
    {
        int[] numbers = { 7, 3, 9, 4 };
        SelfTestRunner.Check("Sum, Min, Max, Average of ints, longs, doubles and through selectors",
            numbers.Sum() == 23 && numbers.Min() == 3 && numbers.Max() == 9 && numbers.Average() == 5.75
            && new long[] { 1L << 40, 1 }.Sum() == (1L << 40) + 1 && new[] { 0.5, 0.25 }.Sum() == 0.75
            && People.Sum(p => p.Age) == 171 && People.Max(p => p.Age) == 40 && People.Min(p => p.Name) == "Ann"
            && People.Average(p => (double)p.Age) == 28.5 && new int[0].Sum() == 0 && new[] { 2.5, -1.0 }.Min() == -1.0);
        SelfTestRunner.Check("Min and Max of strings and of an empty sequence of references",
            new[] { "pear", "apple", null, "fig" }.Min() == "apple" && new[] { "pear", "apple", "fig" }.Max() == "pear"
            && new string[0].Max() == null);
        SelfTestRunner.Check("empty Min, Max, Average of values throw; a checked Sum overflows",
            Message(() => new int[0].Min()) == "Sequence contains no elements" && Message(() => new double[0].Max()) == "Sequence contains no elements"
            && Message(() => new int[0].Average()) == "Sequence contains no elements"
            && Message(() => new[] { int.MaxValue, 1 }.Sum()) == "OverflowException");
        SelfTestRunner.Check("Min is NaN when any element is; Max ignores NaN unless all are",
            double.IsNaN(new[] { 1.0, double.NaN, -5.0 }.Min()) && new[] { double.NaN, 2.0, 1.0 }.Max() == 2.0
            && double.IsNaN(new[] { double.NaN }.Max()));
        SelfTestRunner.Check("Aggregate with and without a seed", numbers.Aggregate((a, b) => a * b) == 756
            && numbers.Aggregate("", (text, n) => text + n) == "7394");
    }

    private static void RunSetsAndPartitions()
    {
        int[] numbers = { 3, 1, 3, 2, 1, 4 };
        SelfTestRunner.Check("Distinct keeps first occurrences in order; with a comparer",
            Join(numbers.Distinct()) == "3,1,2,4" && Join(new[] { "a", "A", "b", null, null }.Distinct(StringComparer.OrdinalIgnoreCase)) == "a,b,");
        SelfTestRunner.Check("Union, Intersect, Except", Join(numbers.Union(new[] { 5, 3 })) == "3,1,2,4,5"
            && Join(numbers.Intersect(new[] { 4, 3, 9 })) == "3,4" && Join(numbers.Except(new[] { 1 })) == "3,2,4");
        SelfTestRunner.Check("Take, Skip, TakeWhile, SkipWhile (counts out of range too)",
            Join(numbers.Take(2)) == "3,1" && Join(numbers.Skip(4)) == "1,4" && Join(numbers.Take(0)) == "" && Join(numbers.Take(-1)) == ""
            && Join(numbers.Skip(-2)) == "3,1,3,2,1,4" && Join(numbers.Skip(10)) == "" && Join(numbers.Take(100)) == "3,1,3,2,1,4"
            && Join(numbers.TakeWhile(n => n != 2)) == "3,1,3" && Join(numbers.SkipWhile(n => n != 2)) == "2,1,4");
        SelfTestRunner.Check("Take ends an infinite sequence; Concat, Reverse, Range, Repeat, Empty",
            Join(Naturals().Skip(2).Take(3)) == "2,3,4" && Join(numbers.Take(2).Concat(Countup(2))) == "3,1,0,1"
            && Join(Enumerable.Range(5, 3).Reverse()) == "7,6,5" && Join(Enumerable.Repeat("x", 3)) == "x,x,x"
            && !Enumerable.Empty<string>().Any());
    }

    private static void RunConversions()
    {
        List<string> names = People.Select(p => p.Name).Where(n => n != "Bob").ToList();
        string[] array = Countup(3).Select(n => $"#{n}").ToArray();
        SelfTestRunner.Check("ToList and ToArray", names.Count == 5 && names[4] == "Fay" && array.Length == 3 && array[2] == "#2"
            && new int[0].ToArray().Length == 0);
        Dictionary<string, int> ages = People.ToDictionary(p => p.Name, p => p.Age);
        Dictionary<int, string> byLength = new[] { "a", "bb" }.ToDictionary(s => s.Length);
        SelfTestRunner.Check("ToDictionary with key and element selectors", ages.Count == 6 && ages["Dee"] == 40 && byLength[2] == "bb");
        SelfTestRunner.Check("ToDictionary with a duplicate key throws ArgumentException",
            Message(() => People.ToDictionary(p => p.City)) == "An item with the same key has already been added. Key: Oslo");
        HashSet<int> set = new[] { 1, 2, 2, 3 }.ToHashSet();
        SelfTestRunner.Check("ToHashSet", set.Count == 3 && set.Contains(3) && !set.Contains(4));
    }

    private static IEnumerable<int> Countup(int count)
    {
        for (int i = 0; i < count; i++)
            yield return i;
    }

    private static IEnumerable<int> Naturals()
    {
        for (int i = 0; ; i++)
            yield return i;
    }

    private static string Join<T>(IEnumerable<T> values) => string.Join(",", values);

    // The message of the exception `action` throws; the type name for arithmetic and
    // argument-range exceptions, whose messages are not what these checks are about.
    private static string Message(Func<object> action)
    {
        try
        {
            action();
            return "no exception";
        }
        catch (OverflowException)
        {
            return "OverflowException";
        }
        catch (ArgumentOutOfRangeException)
        {
            return "ArgumentOutOfRangeException";
        }
        catch (Exception e)
        {
            return e.Message;
        }
    }
}
