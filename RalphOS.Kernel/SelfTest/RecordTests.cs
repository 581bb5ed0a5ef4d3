// RecordTests: C# records as .NET runs them: value equality (Equals, ==, !=, GetHashCode),
// ToString "Point { X = 1, Y = 2 }", with-expressions, positional deconstruction,
// inheritance (a derived record never equals its base: the compiler compares
// EqualityContract, a typeof), records as dictionary keys and in LINQ's Distinct, record
// structs, boxing and unboxing of nullables, and typeof equality itself. Expected values are .NET's (the host run proves it).
using System;
using System.Collections.Generic;
using System.Linq;

namespace RalphOS.Kernel.SelfTest;

internal static class RecordTests
{
    private record Point(int X, int Y);

    private record Point3(int X, int Y, int Z) : Point(X, Y);

    // An int member, not int?: a nullable member prints through Nullable<T>.ToString, which
    // the core library gains on another branch (bcltime).
    private record Person(string Name, int Age)
    {
        public string Nickname { get; init; }
    }

    private record struct Size(int Width, int Height);

    private readonly record struct Temperature(double Celsius);

    public static void Run()
    {
        var a = new Point(1, 2);
        var b = new Point(1, 2);
        var c = new Point(2, 1);
        SelfTestRunner.Check("record value equality: Equals, ==, != and equal hash codes",
            a.Equals(b) && a == b && !(a != b) && a != c && !a.Equals(c) && a.GetHashCode() == b.GetHashCode()
            && !a.Equals(null) && a != null && !ReferenceEquals(a, b) && a.Equals((object)b));
        SelfTestRunner.Check("record ToString", a.ToString() == "Point { X = 1, Y = 2 }"
            && new Person("Ann", 0).ToString() == "Person { Name = Ann, Age = 0, Nickname =  }"
            && new Person("Bo", 7) { Nickname = "b" }.ToString() == "Person { Name = Bo, Age = 7, Nickname = b }");
        Point moved = a with { Y = 5 };
        SelfTestRunner.Check("with-expressions copy and change, leaving the original", moved.X == 1 && moved.Y == 5 && a.Y == 2
            && (a with { }) == a && !ReferenceEquals(a with { }, a));
        var (x, y) = c;
        SelfTestRunner.Check("positional records deconstruct", x == 2 && y == 1);
        var p3 = new Point3(1, 2, 3);
        Point asBase = p3;
        SelfTestRunner.Check("a derived record: its own ToString, never equal to its base, with keeps the derived type",
            p3.ToString() == "Point3 { X = 1, Y = 2, Z = 3 }" && !a.Equals(asBase) && !asBase.Equals(a) && a != asBase
            && (asBase with { X = 9 }) is Point3 { X: 9, Z: 3 } && asBase.Equals(new Point3(1, 2, 3)));
        var visits = new Dictionary<Point, int> { [a] = 1 };
        visits[b] += 1;
        SelfTestRunner.Check("records as dictionary keys and in Distinct", visits.Count == 1 && visits[new Point(1, 2)] == 2
            && new[] { a, b, c, new Point(2, 1) }.Distinct().Count() == 2);
        var size = new Size(3, 4);
        Size wider = size with { Width = 10 };
        SelfTestRunner.Check("record structs: equality, ToString, with, mutable members", size == new Size(3, 4) && size != wider
            && wider.ToString() == "Size { Width = 10, Height = 4 }" && size.Equals((object)new Size(3, 4))
            && size.GetHashCode() == new Size(3, 4).GetHashCode() && MutatedWidth(size) == 7 && size.Width == 3);
        var warm = new Temperature(21.5);
        SelfTestRunner.Check("readonly record structs", warm == new Temperature(21.5) && warm.ToString() == "Temperature { Celsius = 21.5 }");
        int? none = null;
        object boxedNone = none;
        object boxedSeven = (int?)int.Parse("7");
        object boxedByte = (byte?)byte.Parse("200");
        object boxedLong = (long?)long.Parse("-5000000000");
        SelfTestRunner.Check("boxing a Nullable<T> gives null or a boxed T (records print nullable members through it)",
            boxedNone == null && boxedSeven is int seven && seven == 7 && boxedSeven.ToString() == "7"
            && boxedByte is byte b200 && b200 == 200 && boxedLong is long big && big == -5000000000L);
        int? unboxedSeven = (int?)boxedSeven;
        byte? unboxedByte = (byte?)boxedByte;
        long? unboxedLong = (long?)boxedLong;
        int? unboxedNone = (int?)boxedNone;
        SelfTestRunner.Check("unboxing to a Nullable<T>", unboxedSeven == 7 && unboxedByte == 200 && unboxedLong == -5000000000L
            && !unboxedNone.HasValue && UnboxesAs<int?>(boxedSeven) == 7);
        SelfTestRunner.Check("typeof: one Type per type, == and Equals", typeof(Point) == typeof(Point) && typeof(Point) != typeof(Point3)
            && typeof(int).Equals(typeof(int)) && ReferenceEquals(typeof(string), typeof(string)) && !typeof(long).Equals(typeof(int)));
    }

    // Generic unboxing, which compiles to the runtime's nullable unbox helper.
    private static T UnboxesAs<T>(object boxed) => (T)boxed;

    private static int MutatedWidth(Size size)
    {
        size.Width = 7;
        return size.Width;
    }
}
