// GenericVirtualMethodTests: virtual and interface methods with type parameters of their
// own, called where the compiler cannot see the object's exact type, so each call goes
// through the runtime's resolver (Internal.Runtime.TypeLoader): overrides and inherited
// implementations, value-type arguments (code compiled for exactly that type) and
// reference-type arguments (code shared by all reference types, which reads the type from
// a dictionary built at run time).
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace RalphOS.Kernel.SelfTest;

internal static class GenericVirtualMethodTests
{
    private abstract class Shape
    {
        public abstract string Describe<T>(T value);
        public abstract int Sides<T>();
        public virtual T[] Pair<T>(T first, T second) => new T[] { first, second };
        public virtual string Both<TFirst, TSecond>(TFirst first, TSecond second) => string.Concat(first.ToString(), "+", second.ToString());
    }

    private class Square : Shape
    {
        public override string Describe<T>(T value) => string.Concat("square of ", value.ToString());
        public override int Sides<T>() => 4;
    }

    // Inherits Describe and Pair from Square and Shape; overrides Sides.
    private sealed class Cube : Square
    {
        public override int Sides<T>() => 12;
    }

    private sealed class Triangle : Shape
    {
        public override string Describe<T>(T value) => string.Concat("triangle of ", value.ToString());
        public override int Sides<T>() => 3;
        public override T[] Pair<T>(T first, T second) => new T[] { second, first };
        public override string Both<TFirst, TSecond>(TFirst first, TSecond second) => string.Concat(second.ToString(), "-", first.ToString());
    }

    // Shared code that builds a List<T> and calls another generic method with T.
    private sealed class Collector : Shape
    {
        public override string Describe<T>(T value)
        {
            List<T> items = new List<T>();
            items.Add(value);
            items.Add(value);
            return string.Concat(items.Count.ToString(), " ", Repeat(value, 3).Length.ToString(), " ", items[1].ToString());
        }

        public override int Sides<T>() => IsDefault(default(T)) ? 0 : 1;

        private static T[] Repeat<T>(T value, int count)
        {
            T[] result = new T[count];
            for (int i = 0; i < count; i++)
                result[i] = value;
            return result;
        }

        private static bool IsDefault<T>(T value) => value == null;
    }

    // Generic virtual methods of generic classes: the type's own type argument as well.
    private abstract class Store<TItem>
    {
        public abstract string Put<TTag>(TItem item, TTag tag);
    }

    private class LabelStore<TItem> : Store<TItem>
    {
        public override string Put<TTag>(TItem item, TTag tag) => string.Concat(tag.ToString(), "=", item.ToString());
    }

    private sealed class ArrayStore<TItem> : LabelStore<TItem>
    {
        public override string Put<TTag>(TItem item, TTag tag)
        {
            TItem[] items = { item };
            TTag[] tags = { tag };
            return string.Concat(tags[0].ToString(), "[", items.Length.ToString(), "]", items[0].ToString());
        }
    }

    // A default interface method with a type parameter, used by one class and overridden
    // by another.
    private interface IFormatter
    {
        string Format<T>(T value) => string.Concat("default ", value.ToString());
    }

    private sealed class PlainFormatter : IFormatter
    {
    }

    private sealed class FancyFormatter : IFormatter
    {
        public string Format<T>(T value) => string.Concat("fancy ", value.ToString());
    }

    // Shared code calling an interface method of its type argument (a constraint).
    private class Judge
    {
        public virtual int Compare<T>(T first, T second) where T : IComparable<T> => first.CompareTo(second);
    }

    private sealed class ReverseJudge : Judge
    {
        public override int Compare<T>(T first, T second) => second.CompareTo(first);
    }

    // Lambdas and generic statics over T in shared code: their types (a closure class,
    // Func<T, string>, a generic class's statics) may not exist until the call builds them.
    private class Closures
    {
        public virtual string Capture<T>(T value, string suffix)
        {
            Func<T, string> describe = item => string.Concat(item.ToString(), suffix);
            return describe(value);
        }

        public virtual string Bracket<T>(T value)
        {
            Func<T, string> describe = item => string.Concat("<", item.ToString(), ">");
            return describe(value);
        }

        public virtual int Count<T>()
        {
            Counter<T>.Calls++;
            Counter<T>.Last = string.Concat("call ", Counter<T>.Calls.ToString());
            return Counter<T>.Calls;
        }

        public virtual string Last<T>() => Counter<T>.Last;

        public virtual T Echo<T>(T value)
        {
            Func<T, T> echo = Same<T>;
            return echo(value);
        }

        private static T Same<T>(T value) => value;
    }

    private sealed class LoudClosures : Closures
    {
        public override string Bracket<T>(T value) => string.Concat(base.Bracket(value), "!");
    }

    private static class Counter<T>
    {
        public static int Calls = StartingCount();
        public static string Last;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int StartingCount() => 10 * "counter".Length;
    }

    private interface IVisitor
    {
        string Visit<T>(T value);
        bool Accepts<T>(object value);
    }

    private class Printer : IVisitor
    {
        public virtual string Visit<T>(T value) => string.Concat("<", value.ToString(), ">");
        public bool Accepts<T>(object value) => value is T;
    }

    // Implements IVisitor through its base class, overriding one method.
    private sealed class LoudPrinter : Printer
    {
        public override string Visit<T>(T value) => string.Concat("<", value.ToString(), "!>");
    }

    // Implements IVisitor in a generic class; NumberTagger inherits it through Tagger<int>.
    private class Tagger<TTag> : IVisitor
    {
        private readonly TTag _tag;
        public Tagger(TTag tag) { _tag = tag; }
        public virtual string Visit<T>(T value) => string.Concat(_tag.ToString(), ":", value.ToString());
        public bool Accepts<T>(object value) => value is TTag;
    }

    private sealed class NumberTagger : Tagger<int>
    {
        public NumberTagger() : base(9) { }
    }

    private sealed class Counter : IVisitor
    {
        public string Visit<T>(T value) => value.ToString().Length.ToString();
        public bool Accepts<T>(object value) => false;
    }

    public static void Run()
    {
        Shape[] shapes = { new Square(), new Cube(), new Triangle() };
        SelfTestRunner.Check("generic virtual method over a value type", DescribeAll(shapes, 7) == "square of 7|square of 7|triangle of 7");
        SelfTestRunner.Check("generic virtual method over a reference type", DescribeAll(shapes, "x") == "square of x|square of x|triangle of x");
        SelfTestRunner.Check("generic virtual method overridden in a subclass", CountSides<long>(shapes) == 4 + 12 + 3 && CountSides<string>(shapes) == 19);
        string[] words = PairOf(shapes[1], "a", "b");
        string[] reversed = PairOf(shapes[2], "a", "b");
        SelfTestRunner.Check("shared generic code builds T[] from its dictionary", words[0] == "a" && words[1] == "b" && reversed[0] == "b" && IsStringArray(words));
        Judge[] judges = { new Judge(), new ReverseJudge() };
        SelfTestRunner.Check("shared code calls an interface method of its type argument", CompareAll(judges, "a", "b") == "-+" && CompareAll(judges, 5, 3) == "+-" && CompareAll(judges, "c", "c") == "==");
        Closures[] closures = { new Closures(), new LoudClosures() };
        SelfTestRunner.Check("shared code makes a closure over T", CaptureAll(closures, "a", "?") == "a?|a?" && CaptureAll(closures, 4, "?") == "4?|4?");
        SelfTestRunner.Check("shared code makes a delegate to a generic method with T", closures[1].Echo("e") == "e" && closures[0].Echo(closures) == closures && closures[1].Echo(5) == 5);
        string bracketed = BracketAll(closures, "b");
        int first = CountTwice<string>(closures);
        CollectWithChurn();
        SelfTestRunner.Check("shared code uses a cached lambda over T", bracketed == "<b>|<b>!" && BracketAll(closures, "b") == "<b>|<b>!");
        int second = CountTwice<string>(closures);
        SelfTestRunner.Check("static fields of a generic class used with T keep their values", first == 72 && second == 74 && closures[0].Last<string>() == "call 74" && CountTwice<Shape>(closures) == 72);
        Shape[] collectors = { new Collector(), new Square() };
        SelfTestRunner.Check("shared code uses List<T> and calls generic methods with T", DescribeAll(collectors, "q") == "2 3 q|square of q" && DescribeAll(collectors, 5) == "2 3 5|square of 5");
        SelfTestRunner.Check("shared code passes default(T) on", CountSides<string>(collectors) == 4 && CountSides<int>(collectors) == 5);
        int[] numbers = PairOf(shapes[0], 1, 2);
        SelfTestRunner.Check("generic virtual method returning T[] of a value type", numbers.Length == 2 && numbers[0] + 10 * numbers[1] == 21);
        SelfTestRunner.Check("generic virtual method with two type parameters", BothAll(shapes, 1, "b") == "1+b|1+b|b-1" && BothAll(shapes, "a", 2L) == "a+2|a+2|2-a");

        IVisitor[] visitors = { new Printer(), new LoudPrinter(), new Counter() };
        SelfTestRunner.Check("interface generic virtual method", VisitAll(visitors, 42) == "<42>|<42!>|2" && VisitAll(visitors, "abc") == "<abc>|<abc!>|3");
        IVisitor[] taggers = { new NumberTagger(), new Tagger<string>("s") };
        SelfTestRunner.Check("interface generic virtual method implemented in a generic base class", VisitAll(taggers, "v") == "9:v|s:v" && VisitAll(taggers, 2L) == "9:2|s:2" && AcceptsCount<string>(taggers, 5) == 1);
        SelfTestRunner.Check("shared code casts to its type argument", AcceptsCount<string>(visitors, "s") == 2 && AcceptsCount<string>(visitors, 5) == 0 && AcceptsCount<Shape>(visitors, shapes[2]) == 2);
        Store<int>[] numberStores = { new LabelStore<int>(), new ArrayStore<int>() };
        Store<string>[] wordStores = { new LabelStore<string>(), new ArrayStore<string>() };
        SelfTestRunner.Check("generic virtual method of a generic class", PutAll(numberStores, 7, "t") == "t=7|t[1]7" && PutAll(wordStores, "w", 3L) == "3=w|3[1]w" && PutAll(wordStores, "w", "s") == "s=w|s[1]w");
        IFormatter[] formatters = { new PlainFormatter(), new FancyFormatter() };
        SelfTestRunner.Check("default interface generic method", FormatAll(formatters, 1) == "default 1|fancy 1" && FormatAll(formatters, "z") == "default z|fancy z");
        SelfTestRunner.Check("repeated generic virtual calls give the same answers", DescribeAll(shapes, "x") == "square of x|square of x|triangle of x" && VisitAll(visitors, 42) == "<42>|<42!>|2");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string DescribeAll<T>(Shape[] shapes, T value)
    {
        string result = null;
        foreach (Shape shape in shapes)
            result = result == null ? shape.Describe(value) : string.Concat(result, "|", shape.Describe(value));
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string BothAll<TFirst, TSecond>(Shape[] shapes, TFirst first, TSecond second)
    {
        string result = null;
        foreach (Shape shape in shapes)
            result = result == null ? shape.Both(first, second) : string.Concat(result, "|", shape.Both(first, second));
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string PutAll<TItem, TTag>(Store<TItem>[] stores, TItem item, TTag tag)
    {
        string result = null;
        foreach (Store<TItem> store in stores)
            result = result == null ? store.Put(item, tag) : string.Concat(result, "|", store.Put(item, tag));
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FormatAll<T>(IFormatter[] formatters, T value)
    {
        string result = null;
        foreach (IFormatter formatter in formatters)
            result = result == null ? formatter.Format(value) : string.Concat(result, "|", formatter.Format(value));
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string CompareAll<T>(Judge[] judges, T first, T second) where T : IComparable<T>
    {
        string signs = "";
        foreach (Judge judge in judges)
        {
            int order = judge.Compare(first, second);
            signs = string.Concat(signs, order < 0 ? "-" : order > 0 ? "+" : "=");
        }
        return signs;
    }

    // A collection, then enough garbage to reuse freed memory, then another: whatever the
    // collector wrongly freed would now hold something else.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CollectWithChurn()
    {
        GC.Collect();
        string churn = null;
        for (int i = 0; i < 200000; i++)
            churn = string.Concat("garbage ", i.ToString());
        GC.Collect();
        if (churn.Length == 0)
            SelfTestRunner.Check("garbage was made", false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string CaptureAll<T>(Closures[] closures, T value, string suffix)
    {
        string result = null;
        foreach (Closures closure in closures)
            result = result == null ? closure.Capture(value, suffix) : string.Concat(result, "|", closure.Capture(value, suffix));
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string BracketAll<T>(Closures[] closures, T value)
    {
        string result = null;
        foreach (Closures closure in closures)
            result = result == null ? closure.Bracket(value) : string.Concat(result, "|", closure.Bracket(value));
        return result;
    }

    // Calls Count<T> on each (two) closures and returns the last count.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountTwice<T>(Closures[] closures)
    {
        int count = 0;
        foreach (Closures closure in closures)
            count = closure.Count<T>();
        return count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountSides<T>(Shape[] shapes)
    {
        int total = 0;
        foreach (Shape shape in shapes)
            total += shape.Sides<T>();
        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T[] PairOf<T>(Shape shape, T first, T second) => shape.Pair(first, second);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsStringArray(object value) => value is string[];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string VisitAll<T>(IVisitor[] visitors, T value)
    {
        string result = null;
        foreach (IVisitor visitor in visitors)
            result = result == null ? visitor.Visit(value) : string.Concat(result, "|", visitor.Visit(value));
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AcceptsCount<T>(IVisitor[] visitors, object value)
    {
        int count = 0;
        foreach (IVisitor visitor in visitors)
            count += visitor.Accepts<T>(value) ? 1 : 0;
        return count;
    }
}
