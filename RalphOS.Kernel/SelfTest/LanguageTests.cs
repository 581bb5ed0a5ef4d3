// LanguageTests: C# language features in the kernel (classes, interfaces, generics,
// structs, boxing, casts, delegates, statics, spans, strings). Expected values are what
// .NET gives for the same code.
using System;
using System.Runtime.CompilerServices;

namespace RalphOS.Kernel.SelfTest;

internal static class LanguageTests
{
    private interface IShape
    {
        int Area();
        string Name => "shape";
    }

    private abstract class Shape : IShape
    {
        public abstract int Area();
        public virtual string Describe() => "shape";
    }

    private sealed class Square : Shape
    {
        private readonly int _side;
        public Square(int side) { _side = side; }
        public override int Area() => _side * _side;
        public override string Describe() => "square";
    }

    private sealed class Rectangle : Shape, IShape
    {
        private readonly int _w, _h;
        public Rectangle(int w, int h) { _w = w; _h = h; }
        public override int Area() => _w * _h;
        string IShape.Name => "rectangle";
    }

    private struct Point
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public override string ToString() => string.Concat(X.ToString(), ",", Y.ToString());
    }

    private enum Level { Low = 1, High = 7 }

    // For new T(): a class whose constructor does work, a struct with a parameterless
    // constructor of its own (it runs), and Point, which has none (the default value).
    private sealed class Counted
    {
        public int Value = 7;
        public Counted() { Value += 1; }
    }

    private struct Tally
    {
        public int Value;
        public Tally() { Value = 3; }
    }

    private sealed class Box<T>
    {
        public T Value;
        public Box(T value) { Value = value; }
    }

    private static class Lazy
    {
        public static readonly string Greeting = MakeGreeting();
        private static string MakeGreeting() => string.Concat("hel", "lo");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T Make<T>() where T : new() => new T();

    // For using: records its Dispose calls in a shared log.
    private sealed class Resource : IDisposable
    {
        private readonly string _name;
        private readonly System.Text.StringBuilder _log;
        public Resource(string name, System.Text.StringBuilder log) { _name = name; _log = log; }
        public void Dispose() => _log.Append(_name).Append(';');
    }

    // Static fields of several kinds: a value the compiler can compute ahead of time, an
    // array, a struct, and one of a generic class per type argument.
    private static class Statics
    {
        public static readonly int[] Squares = { 0, 1, 4, 9, 16 };
        public static Point Origin = new Point(1, 2);
        public static long Counter;
    }

    private static class PerType<T>
    {
        public static int Hits;
    }

    public static void Run()
    {
        Shape[] shapes = { new Square(3), new Rectangle(2, 5) };
        int total = 0;
        foreach (Shape s in shapes)
            total += s.Area();
        SelfTestRunner.Check("virtual calls and foreach over an array", total == 19);
        SelfTestRunner.Check("override vs base virtual", shapes[0].Describe() == "square" && shapes[1].Describe() == "shape");

        IShape[] viaInterface = { new Square(4), new Rectangle(1, 7) };
        int interfaceTotal = 0;
        for (int i = 0; i < viaInterface.Length; i++)
            interfaceTotal += viaInterface[i].Area();
        SelfTestRunner.Check("interface dispatch", interfaceTotal == 23);
        SelfTestRunner.Check("default interface method and explicit implementation",
            viaInterface[0].Name == "shape" && viaInterface[1].Name == "rectangle");

        object boxed = 42;
        SelfTestRunner.Check("boxing and unboxing", boxed is int n && n == 42 && (int)boxed + 1 == 43);
        object seven = Opaque(7);
        object high = Opaque(Level.High);
        SelfTestRunner.Check("unboxing an enum as its underlying type and back", (Level)seven == Level.High && (int)high == 7);
        SelfTestRunner.Check("unboxing to a nullable value type", (int?)seven == 7 && (int?)Opaque(null) == null);
        object shape = shapes[0];
        SelfTestRunner.Check("is/as casts", shape is Square && shape as Rectangle == null && shape is IShape);

        var point = new Point(3, -4);
        SelfTestRunner.Check("struct with override", point.ToString() == "3,-4");

        var intBox = new Box<int>(7);
        var stringBox = new Box<string>("seven");
        SelfTestRunner.Check("generics over value and reference types", intBox.Value == 7 && stringBox.Value == "seven");
        SelfTestRunner.Check("new T() for classes and structs", Make<Counted>().Value == 8 && Make<Tally>().Value == 3 && Make<Point>().X == 0 && Make<int>() == 0 && Make<System.Collections.Generic.List<string>>().Count == 0);

        int captured = 10;
        Func<int, int> addCaptured = x => x + captured;
        captured = 20;
        Action<int> record = x => captured += x;
        record(5);
        SelfTestRunner.Check("lambdas with captured variables", addCaptured(1) == 26);
        Func<int, int, int> multiply = Multiply;
        SelfTestRunner.Check("delegate to a static method", multiply(6, 7) == 42);

        SelfTestRunner.Check("static readonly field set by a static constructor", Lazy.Greeting == "hello");

        Span<int> numbers = stackalloc int[4];
        for (int i = 0; i < numbers.Length; i++)
            numbers[i] = i * i;
        SelfTestRunner.Check("stackalloc and Span<T>", numbers[3] == 9 && numbers.Slice(1, 2)[1] == 4);

        SelfTestRunner.Check("switch on strings", Classify("two") == 2 && Classify("nine") == -1);

        (int q, int r) = DivRem(17, 5);
        SelfTestRunner.Check("tuples", q == 3 && r == 2);

        int? maybe = null;
        int? some = 5;
        SelfTestRunner.Check("nullable value types", !maybe.HasValue && some.GetValueOrDefault() == 5 && (maybe ?? 9) == 9);

        long big = 3_000_000_000L * 3;
        double ratio = 10.0 / 4.0;
        SelfTestRunner.Check("64-bit and double arithmetic", big == 9_000_000_000L && ratio == 2.5 && (long)(ratio * 4) == 10);

        string text = string.Concat("Ralph", " ", "OS");
        SelfTestRunner.Check("string concatenation and length", text.Length == 8 && text[6] == 'O');
        System.Text.StringBuilder log = new System.Text.StringBuilder();
        string early = UseResources(log, true);
        UseResources(log, false);
        SelfTestRunner.Check("using disposes in reverse order, also on an early return", early == "early" && log.ToString() == "inner;outer;inner;outer;");
        SelfTestRunner.Check("switch on type, property and relational patterns",
            Describe(3) == "small int" && Describe(42) == "big int" && Describe("abc") == "string of 3" && Describe(null) == "null"
            && Describe(new Point(0, 5)) == "point on the y axis" && Describe(2.5) == "something else");
        ReadOnlySpan<int> digits = new[] { 1, 2, 3, 4, 5 };
        ReadOnlySpan<char> word = "kernel";
        Span<int> sevens = stackalloc int[3];
        foreach (ref int item in sevens)
            item = 7;
        SelfTestRunner.Check("ReadOnlySpan over an array and a string, sliced; foreach over spans",
            Sum(digits.Slice(1, 3)) == 9 && word.Slice(2).Length == 4 && word[5] == 'l' && Sum(sevens) == 21);
        Statics.Counter += 5;
        PerType<int>.Hits++;
        PerType<string>.Hits += 2;
        SelfTestRunner.Check("static fields of every kind", Statics.Squares[4] == 16 && Statics.Origin.Y == 2 && Statics.Counter == 5 && PerType<int>.Hits == 1 && PerType<string>.Hits == 2);
        SelfTestRunner.Check("string interpolation", $"{text} has {text.Length} chars" == "Ralph OS has 8 chars");
    }

    // Hides where an object came from, so the compiler cannot fold a box and its unbox.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object Opaque(object value) => value;

    private static int Multiply(int a, int b) => a * b;

    private static (int, int) DivRem(int a, int b) => (a / b, a % b);

    private static string UseResources(System.Text.StringBuilder log, bool returnEarly)
    {
        using (new Resource("outer", log))
        {
            using Resource inner = new Resource("inner", log);
            if (returnEarly)
                return "early";
        }
        return "late";
    }

    private static string Describe(object value) => value switch
    {
        null => "null",
        int number when number > 10 => "big int",
        int => "small int",
        string { Length: var length } => string.Concat("string of ", length.ToString()),
        Point { X: 0 } => "point on the y axis",
        _ => "something else",
    };

    private static int Sum(ReadOnlySpan<int> values)
    {
        int total = 0;
        foreach (int value in values)
            total += value;
        return total;
    }

    private static int Classify(string word) => word switch
    {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        _ => -1,
    };
}
