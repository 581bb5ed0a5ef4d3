// IndexRangeTests: System.Index and System.Range as C# uses them: `^n` from the end, range
// expressions over arrays (RuntimeHelpers.GetSubArray), strings (Substring), spans (Slice)
// and lists (`list[^1]`), their range checks, equality and ToString. Expected values are
// .NET's (the host run proves it).
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class IndexRangeTests
{
    public static void Run()
    {
        int[] numbers = { 10, 20, 30, 40, 50 };
        Index last = ^1;
        SelfTestRunner.Check("Index: ^n counts from the end", numbers[^1] == 50 && numbers[^5] == 10 && numbers[last] == 50
            && last.IsFromEnd && last.Value == 1 && last.GetOffset(5) == 4 && Index.FromStart(2).GetOffset(5) == 2);
        int[] middle = numbers[1..^1];
        int[] head = numbers[..2];
        int[] tail = numbers[3..];
        int[] all = numbers[..];
        SelfTestRunner.Check("Range on arrays copies the selection", middle.Length == 3 && middle[0] == 20 && middle[2] == 40
            && head.Length == 2 && head[1] == 20 && tail.Length == 2 && tail[0] == 40 && all.Length == 5 && all != numbers
            && numbers[2..2].Length == 0 && numbers[^2..].Length == 2);
        string text = "Hello, world";
        SelfTestRunner.Check("Range and Index on strings", text[..5] == "Hello" && text[7..] == "world" && text[^5..^1] == "worl"
            && text[^1] == 'd' && text[3..3] == "");
        Span<int> span = numbers;
        ReadOnlySpan<char> chars = "abcdef";
        SelfTestRunner.Check("Range and Index on spans", span[1..3].Length == 2 && span[1..3][0] == 20 && span[^1] == 50
            && new string(chars[2..^1]) == "cde" && chars[^2] == 'e');
        var list = new List<string> { "a", "b", "c" };
        SelfTestRunner.Check("Index on a List", list[^1] == "c" && list[^3] == "a");
        SelfTestRunner.Check("Range out of bounds throws ArgumentOutOfRangeException", Expect.Throws<ArgumentOutOfRangeException>(() => _ = numbers[3..9])
            && Expect.Throws<ArgumentOutOfRangeException>(() => _ = numbers[4..2]) && Expect.Throws<ArgumentOutOfRangeException>(() => _ = text[..20]) && Expect.Throws<ArgumentOutOfRangeException>(() => _ = new Index(-1))
            && Expect.Throws<ArgumentOutOfRangeException>(() => new Range(1, ^0).GetOffsetAndLength(0)));
        SelfTestRunner.Check("Index from the end past the start throws IndexOutOfRangeException", Expect.Throws<IndexOutOfRangeException>(() => _ = numbers[^6]));
        Range range = 1..^2;
        (int offset, int length) = range.GetOffsetAndLength(10);
        SelfTestRunner.Check("Range: GetOffsetAndLength, Start, End", offset == 1 && length == 7 && range.Start.Value == 1 && range.End.IsFromEnd
            && Range.All.GetOffsetAndLength(4).Length == 4 && Range.StartAt(3).GetOffsetAndLength(4).Offset == 3 && Range.EndAt(^1).GetOffsetAndLength(4).Length == 3);
        SelfTestRunner.Check("Index and Range: equality and ToString", (^1).Equals(Index.FromEnd(1)) && !(^1).Equals((Index)1)
            && (1..^2).Equals(range) && (^3).ToString() == "^3" && ((Index)4).ToString() == "4" && range.ToString() == "1..^2"
            && Index.End.ToString() == "^0" && Range.All.ToString() == "0..^0");
    }
}
