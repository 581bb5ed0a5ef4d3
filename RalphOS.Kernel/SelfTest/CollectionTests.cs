// CollectionTests: the core library's comparers and collections in the kernel
// (EqualityComparer/Comparer defaults, List, Dictionary, HashSet, Queue, Stack, Array
// helpers). Expected values are what .NET prints for the same code.
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class CollectionTests
{
    private enum Color : byte { Red = 1, Green = 2, Blue = 200 }

    // A class with value equality through object.Equals only.
    private sealed class Name
    {
        public readonly string Text;
        public Name(string text) { Text = text; }
        public override bool Equals(object other) => other is Name name && name.Text == Text;
        public override int GetHashCode() => Text.GetHashCode();
    }

    // Reference types reached through interface calls (IEquatable<T>, IComparable<T>).
    private sealed class Version : IEquatable<Version>, IComparable<Version>
    {
        public readonly int Major, Minor;
        public Version(int major, int minor) { Major = major; Minor = minor; }
        public bool Equals(Version other) => other != null && other.Major == Major && other.Minor == Minor;
        public override int GetHashCode() => Major * 31 + Minor;
        public int CompareTo(Version other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
        public override string ToString() => string.Concat(Major.ToString(), ".", Minor.ToString());
    }

    private sealed class IgnoreCaseComparer : IEqualityComparer<string>
    {
        public bool Equals(string x, string y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        public int GetHashCode(string obj) => obj.ToUpperInvariant().GetHashCode();
    }

    public static void Run()
    {
        RunComparers();
        RunList();
        RunDictionary();
        RunOtherCollections();
        RunArrayHelpers();
        RunBlockMoves();
        RunInterfaceBacked();
    }

    private static void RunInterfaceBacked()
    {
        var versions = new Dictionary<Version, string> { [new Version(1, 2)] = "old", [new Version(2, 0)] = "new" };
        SelfTestRunner.Check("Dictionary with IEquatable<T> class keys",
            versions[new Version(2, 0)] == "new" && !versions.ContainsKey(new Version(1, 3)));
        var list = new List<Version> { new Version(2, 1), new Version(1, 9), new Version(2, 0) };
        list.Sort();
        SelfTestRunner.Check("List Sort() of IComparable<T> classes", list[0].ToString() == "1.9" && list[2].ToString() == "2.1");
        var headers = new Dictionary<string, int>(new IgnoreCaseComparer()) { ["Content-Length"] = 12 };
        SelfTestRunner.Check("Dictionary with a custom IEqualityComparer", headers["content-length"] == 12 && headers.ContainsKey("CONTENT-LENGTH"));
        var queue = new Queue<int>();
        queue.Enqueue(4);
        queue.Enqueue(5);
        var numbers = new List<int> { 1 };
        numbers.AddRange(queue);
        var set = new HashSet<string> { "x", "y" };
        SelfTestRunner.Check("AddRange and string.Join over other IEnumerable<T>",
            numbers.Count == 3 && numbers[2] == 5 && string.Join("+", set) == "x+y" && new List<string>(set).Count == 2);
    }

    private static void RunComparers()
    {
        SelfTestRunner.Check("EqualityComparer<int/string>.Default",
            EqualityComparer<int>.Default.Equals(5, 5) && !EqualityComparer<int>.Default.Equals(5, 6)
            && EqualityComparer<string>.Default.Equals("ab", string.Concat("a", "b"))
            && EqualityComparer<string>.Default.GetHashCode(null) == 0);
        SelfTestRunner.Check("EqualityComparer for enums, nullables and classes",
            EqualityComparer<Color>.Default.Equals(Color.Blue, Color.Blue) && !EqualityComparer<Color>.Default.Equals(Color.Red, Color.Blue)
            && EqualityComparer<int?>.Default.Equals(null, null) && !EqualityComparer<int?>.Default.Equals(3, null)
            && EqualityComparer<Name>.Default.Equals(new Name("x"), new Name("x")));
        SelfTestRunner.Check("Comparer<T>.Default",
            Comparer<int>.Default.Compare(1, 2) == -1 && Comparer<long>.Default.Compare(7, 7) == 0
            && Comparer<Color>.Default.Compare(Color.Blue, Color.Green) > 0 && Comparer<double>.Default.Compare(NotANumber(), 1.0) == -1
            && Comparer<int?>.Default.Compare(null, 0) == -1);
        SelfTestRunner.Check("primitive IEquatable/IComparable",
            3.CompareTo(9) == -1 && 'a'.CompareTo('d') == -3 && ((byte)10).CompareTo((byte)4) == 6
            && true.CompareTo(false) == 1 && 2.5.Equals(2.5) && 0.0.GetHashCode() == (-0.0).GetHashCode() && 42L.Equals(42L));
    }

    private static void RunList()
    {
        var list = new List<int>();
        for (int i = 0; i < 10; i++)
            list.Add(i * 3 % 10);
        // 0 3 6 9 2 5 8 1 4 7
        list.Insert(2, 42);
        list.RemoveAt(0);
        list.Remove(9);
        SelfTestRunner.Check("List Add/Insert/RemoveAt/Remove/indexer/Count",
            list.Count == 9 && list[0] == 3 && list[1] == 42 && list[8] == 7 && list.Capacity == 16);
        SelfTestRunner.Check("List Contains/IndexOf", list.Contains(42) && !list.Contains(9) && list.IndexOf(8) == 5 && list.IndexOf(100) == -1);
        list.Sort();
        SelfTestRunner.Check("List Sort()", Join(list) == "1,2,3,4,5,6,7,8,42");
        list.Sort((a, b) => b - a);
        SelfTestRunner.Check("List Sort(Comparison)", Join(list) == "42,8,7,6,5,4,3,2,1");
        list.Reverse();
        list.AddRange(new[] { 100, 200 });
        int[] array = list.ToArray();
        SelfTestRunner.Check("List Reverse/AddRange/ToArray", array.Length == 11 && array[0] == 1 && array[8] == 42 && array[10] == 200);
        int sum = 0;
        foreach (int value in list)
            sum += value;
        list.Clear();
        SelfTestRunner.Check("List foreach and Clear", sum == 378 && list.Count == 0 && list.Capacity == 16);

        var words = new List<string> { "pear", "apple", "fig", "banana" };
        words.Sort();
        SelfTestRunner.Check("List<string> Sort (ordinal)", words[0] == "apple" && words[3] == "pear" && words.IndexOf("fig") == 2);

        var many = new List<int>();
        for (int i = 0; i < 1000; i++)
            many.Add((i * 7919) % 1000);
        many.Sort();
        bool sorted = true;
        for (int i = 0; i < many.Count; i++)
            sorted &= many[i] == i;
        SelfTestRunner.Check("List Sort of 1000 items (introsort)", sorted);
    }

    private static void RunDictionary()
    {
        var ages = new Dictionary<string, int>();
        ages.Add("ann", 31);
        ages["bob"] = 42;
        ages["cy"] = 7;
        ages["bob"] = 43;
        SelfTestRunner.Check("Dictionary Add/indexer/Count",
            ages.Count == 3 && ages["bob"] == 43 && ages["ann"] == 31 && ages.ContainsKey("cy") && !ages.ContainsKey("dan"));
        SelfTestRunner.Check("Dictionary TryGetValue/TryAdd",
            ages.TryGetValue("cy", out int cy) && cy == 7 && !ages.TryGetValue("zed", out int zed) && zed == 0
            && !ages.TryAdd("ann", 1) && ages.TryAdd("dan", 5) && ages["ann"] == 31);
        string order = "";
        foreach (KeyValuePair<string, int> pair in ages)
            order = string.Concat(order, pair.ToString());
        SelfTestRunner.Check("Dictionary foreach in insertion order", order == "[ann, 31][bob, 43][cy, 7][dan, 5]");
        ages.Remove("bob");
        ages.Add("eve", 9);
        string keys = "";
        foreach (string key in ages.Keys)
            keys = string.Concat(keys, key, " ");
        int valueSum = 0;
        foreach (int value in ages.Values)
            valueSum += value;
        SelfTestRunner.Check("Dictionary Remove reuses the freed slot; Keys/Values",
            keys == "ann eve cy dan " && valueSum == 52 && ages.Count == 4 && !ages.Remove("bob"));

        var squares = new Dictionary<int, int>();
        for (int i = 0; i < 500; i++)
            squares[i] = i * i;
        bool all = squares.Count == 500;
        for (int i = 0; i < 500; i += 7)
            all &= squares[i] == i * i;
        for (int i = 0; i < 500; i += 2)
            squares.Remove(i);
        all &= squares.Count == 250 && !squares.ContainsKey(100) && squares[101] == 10201;
        squares.Clear();
        SelfTestRunner.Check("Dictionary<int,int> growth, Remove, Clear", all && squares.Count == 0 && !squares.ContainsKey(1));
        for (int i = 0; i < 20; i++)
            squares.Add(i, i);

        foreach (KeyValuePair<int, int> pair in squares)
            squares[pair.Key] = 1;
        foreach (KeyValuePair<int, int> pair in squares)
            squares.Remove(pair.Key);
        SelfTestRunner.Check("Dictionary overwrite and Remove during foreach (allowed, as .NET)", squares.Count == 0);

        var byColor = new Dictionary<Color, string> { [Color.Red] = "r", [Color.Blue] = "b" };
        SelfTestRunner.Check("Dictionary with enum keys", byColor[Color.Blue] == "b" && !byColor.ContainsKey(Color.Green));
    }

    private static void RunOtherCollections()
    {
        var set = new HashSet<string>();
        bool added = set.Add("a") & set.Add("b") & !set.Add("a");
        set.Add("c");
        set.Remove("b");
        string items = "";
        foreach (string item in set)
            items = string.Concat(items, item);
        SelfTestRunner.Check("HashSet Add/Remove/Contains/foreach", added && set.Count == 2 && set.Contains("c") && !set.Contains("b") && items == "ac");

        var copy = new HashSet<string>(set);
        copy.Add("d");
        var fromArray = new HashSet<int>(new[] { 3, 1, 3, 2, 1 });
        SelfTestRunner.Check("HashSet copy constructors", copy.Count == 3 && set.Count == 2 && fromArray.Count == 3 && fromArray.Contains(2));

        var queue = new Queue<int>();
        for (int i = 1; i <= 6; i++)
            queue.Enqueue(i);
        int first = queue.Dequeue();
        queue.Enqueue(7);
        int total = 0;
        foreach (int value in queue)
            total = total * 10 + value;
        SelfTestRunner.Check("Queue Enqueue/Dequeue/Peek/foreach",
            first == 1 && queue.Peek() == 2 && queue.Count == 6 && total == 234567 && queue.ToArray()[5] == 7);

        var stack = new Stack<string>();
        stack.Push("x");
        stack.Push("y");
        stack.Push("z");
        string popped = stack.Pop();
        string walk = "";
        foreach (string item in stack)
            walk = string.Concat(walk, item);
        SelfTestRunner.Check("Stack Push/Pop/Peek/foreach",
            popped == "z" && stack.Peek() == "y" && walk == "yx" && stack.Count == 2 && stack.Contains("x")
            && !stack.TryPop(out _) == false);
    }

    private static void RunArrayHelpers()
    {
        int[] numbers = new int[5];
        Array.Fill(numbers, 7);
        numbers[3] = 2;
        SelfTestRunner.Check("Array.Fill/IndexOf", numbers[4] == 7 && Array.IndexOf(numbers, 2) == 3 && Array.IndexOf(numbers, 9) == -1);
        Array.Resize(ref numbers, 7);
        SelfTestRunner.Check("Array.Resize", numbers.Length == 7 && numbers[3] == 2 && numbers[6] == 0);
        int[] values = { 5, -3, 12, 0, 8, -3 };
        Array.Sort(values);
        string[] names = { "delta", "alpha", "charlie", "bravo" };
        Array.Sort(names, (a, b) => b.Length - a.Length);
        SelfTestRunner.Check("Array.Sort and Sort(Comparison)",
            Join(new List<int>(values)) == "-3,-3,0,5,8,12" && names[0] == "charlie" && names[3] == "delta" | names[3] == "alpha" | names[3] == "bravo");
        Array.Clear(values, 1, 3);
        SelfTestRunner.Check("Array.Clear and Array.Empty",
            values[0] == -3 && values[1] == 0 && values[3] == 0 && values[4] == 8 && Array.Empty<string>().Length == 0
            && (object)Array.Empty<int>() == Array.Empty<int>());
    }

    // Block copies and fills of every length near the eight-byte steps the assembly uses,
    // overlapping in both directions, against a byte-at-a-time model.
    private static void RunBlockMoves()
    {
        const int Size = 64;
        bool copiesRight = true;
        for (int length = 0; length <= 40 && copiesRight; length++)
        {
            for (int shift = -9; shift <= 9 && copiesRight; shift++)
            {
                byte[] data = Pattern(Size);
                byte[] expected = Pattern(Size);
                int from = 12, to = 12 + shift;
                for (int i = 0; i < length; i++)
                    expected[to + i] = (byte)(from + i);
                Array.Copy(data, from, data, to, length);
                copiesRight = Same(data, expected);
            }
        }
        SelfTestRunner.Check("Array.Copy overlapping both ways, lengths 0 to 40", copiesRight);

        bool fillsRight = true;
        for (int length = 0; length <= 40 && fillsRight; length++)
        {
            byte[] data = Pattern(Size);
            byte[] expected = Pattern(Size);
            for (int i = 0; i < length; i++)
                expected[3 + i] = 0xA5;
            new Span<byte>(data, 3, length).Fill(0xA5);
            fillsRight = Same(data, expected);
            Array.Clear(data, 3, length);
            for (int i = 0; i < length; i++)
                expected[3 + i] = 0;
            fillsRight &= Same(data, expected);
        }
        SelfTestRunner.Check("Span.Fill and Array.Clear, lengths 0 to 40", fillsRight);
    }

    private static byte[] Pattern(int size)
    {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++)
            data[i] = (byte)i;
        return data;
    }

    private static bool Same(byte[] a, byte[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

    // double.NaN belongs to the numerics work; 0/0 computed at run time gives the same value.
    private static double NotANumber()
    {
        double zero = 0;
        return zero / zero;
    }

    private static string Join(List<int> list)
    {
        string text = "";
        for (int i = 0; i < list.Count; i++)
            text = i == 0 ? list[i].ToString() : string.Concat(text, ",", list[i].ToString());
        return text;
    }
}
