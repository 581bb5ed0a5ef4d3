// SpanTests: Span<T> and ReadOnlySpan<T> with the MemoryExtensions basics as .NET runs them:
// AsSpan of arrays and strings, slicing and its range checks, CopyTo,
// Fill, Clear, Reverse, IndexOf/LastIndexOf/IndexOfAny/Contains/Count, SequenceEqual,
// StartsWith/EndsWith, Trim, SequenceCompareTo and stackalloc spans. Expected values are
// .NET's (the host run proves it).
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class SpanTests
{
    public static void Run()
    {
        int[] numbers = { 1, 2, 3, 4, 5, 3 };
        Span<int> all = numbers.AsSpan();
        Span<int> middle = numbers.AsSpan(1, 3);
        SelfTestRunner.Check("Span: AsSpan and Slice", all.Length == 6 && middle.Length == 3 && middle[0] == 2 && all.Slice(4)[0] == 5
            && numbers.AsSpan(2).Length == 4 && all[all.Length - 1] == 3 && middle.Slice(1, 2)[1] == 4);
        middle[0] = 20;
        SelfTestRunner.Check("Span: writes reach the array", numbers[1] == 20);
        numbers[1] = 2;
        SelfTestRunner.Check("Span: slicing out of range throws", Expect.Throws<ArgumentOutOfRangeException>(() => numbers.AsSpan().Slice(7))
            && Expect.Throws<ArgumentOutOfRangeException>(() => numbers.AsSpan().Slice(2, 5)) && Expect.Throws<IndexOutOfRangeException>(() => numbers.AsSpan()[6] = 0));
        ReadOnlySpan<int> read = numbers;
        SelfTestRunner.Check("MemoryExtensions: IndexOf, LastIndexOf, IndexOfAny, Contains, Count", read.IndexOf(3) == 2 && read.LastIndexOf(3) == 5
            && read.IndexOf(9) == -1 && read.IndexOf(new[] { 3, 4 }) == 2 && read.IndexOfAny(5, 4) == 3 && all.Contains(5) && !all.Contains(7)
            && read.Count(3) == 2 && read.IndexOf(ReadOnlySpan<int>.Empty) == 0);
        SelfTestRunner.Check("MemoryExtensions: SequenceEqual, StartsWith, EndsWith", read.SequenceEqual(new[] { 1, 2, 3, 4, 5, 3 }) && !read.SequenceEqual(new[] { 1, 2 })
            && read.StartsWith(new[] { 1, 2 }) && read.EndsWith(new[] { 5, 3 }) && !read.EndsWith(new[] { 1 })
            && read.SequenceCompareTo(new[] { 1, 2, 4 }) < 0 && read.SequenceCompareTo(new[] { 1, 2 }) > 0);
        var target = new int[8];
        read.CopyTo(target);
        Span<int> tail = target.AsSpan(6);
        tail.Fill(9);
        bool copied = target[0] == 1 && target[5] == 3 && target[6] == 9 && target[7] == 9;
        target.AsSpan(0, 6).Reverse();
        bool reversed = target[0] == 3 && target[1] == 5 && target[5] == 1;
        target.AsSpan(0, 2).Clear();
        SelfTestRunner.Check("Span: CopyTo, Fill, Reverse, Clear", copied && reversed && target[0] == 0 && target[1] == 0 && target[2] == 4
            && !read.TryCopyTo(new int[2]) && Expect.Throws<ArgumentException>(() => numbers.AsSpan().CopyTo(new int[2])));
        ReadOnlySpan<char> text = "  hello world \t".AsSpan();
        SelfTestRunner.Check("MemoryExtensions on text: Trim, IndexOf, StartsWith", new string(text.Trim()) == "hello world" && new string(text.TrimStart()) == "hello world \t"
            && new string(text.TrimEnd()) == "  hello world" && text.IndexOf('w') == 8 && text.Trim().StartsWith("hello") && "abc".AsSpan(1).SequenceEqual("bc")
            && new string("xxabcxx".AsSpan().Trim('x')) == "abc" && "key=value".AsSpan().IndexOf("=".AsSpan()) == 3);
        Span<byte> scratch = stackalloc byte[16];
        scratch.Fill(0xAB);
        scratch.Slice(8).Clear();
        char[] letters = { ' ', 'a', 'b', ' ' };
        Span<char> trimmedLetters = letters.AsSpan().Trim();
        SelfTestRunner.Check("Span: stackalloc spans and Span<char>.Trim", scratch[7] == 0xAB && scratch[8] == 0 && scratch.IndexOf((byte)0) == 8
            && trimmedLetters.Length == 2 && trimmedLetters[0] == 'a');
        string[] words = { "a", null, "b" };
        SelfTestRunner.Check("MemoryExtensions with reference elements and null", words.AsSpan().IndexOf((string)null) == 1 && words.AsSpan().IndexOf("b") == 2
            && ((ReadOnlySpan<string>)words).SequenceEqual(new[] { "a", null, "b" }));
    }
}
