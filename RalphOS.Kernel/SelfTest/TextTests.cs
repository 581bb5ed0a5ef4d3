// TextTests: the core library's text and utility types in the kernel (StringBuilder, string
// splitting/joining/replacing/padding/case, string ordering, char classification,
// BinaryPrimitives, Math, GC). Expected values are what .NET prints for the same code
// (checked on the host with InvariantGlobalization, as the host tests run).
using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace RalphOS.Kernel.SelfTest;

internal static class TextTests
{
    public static void Run()
    {
        RunStringBuilder();
        RunStrings();
        RunChars();
        RunBinaryPrimitives();
        RunMathAndGC();
    }

    private static void RunStringBuilder()
    {
        var sb = new StringBuilder();
        sb.Append("x=").Append(42).Append(' ').Append(-7L).Append(true).Append((object)null).AppendLine("!");
        sb.Insert(0, "<<");
        sb.Remove(2, 1);
        SelfTestRunner.Check("StringBuilder Append/AppendLine/Insert/Remove",
            sb.ToString() == "<<=42 -7True!\n" && sb.Length == 14 && sb.ToString(2, 3) == "=42");
        sb.Length = 3;
        sb[0] = '[';
        SelfTestRunner.Check("StringBuilder Length set and indexer", sb.ToString() == "[<=" && sb[1] == '<');
        var big = new StringBuilder();
        for (int i = 0; i < 200; i++)
            big.Append((char)('a' + i % 26));
        big.Clear().Append("done");
        SelfTestRunner.Check("StringBuilder growth and Clear", big.ToString() == "done" && big.Capacity >= 200);
    }

    private static void RunStrings()
    {
        string[] parts = "a,b,,c,".Split(',');
        SelfTestRunner.Check("string.Split(char) keeps empty entries",
            parts.Length == 5 && string.Join("|", parts) == "a|b||c|" && "".Split(',').Length == 1);
        SelfTestRunner.Check("string.Split(char[]) and white space",
            string.Join("|", "x;y,z".Split(new[] { ';', ',' })) == "x|y|z" && string.Join("|", "a b\tc".Split((char[])null)) == "a|b|c");
        SelfTestRunner.Check("string.Split options and string separator",
            string.Join("|", " a , b ,, c ".Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) == "a|b|c"
            && string.Join("|", "a--b--c".Split("--")) == "a|b|c");
        var list = new List<string> { "a", "b" };
        int codeSum = 0;
        foreach (char c in "abc")
            codeSum += c;
        IEnumerable<char> sequence = "hello";
        var letters = new List<char>(sequence);
        SelfTestRunner.Check("foreach over a string and a string as IEnumerable<char>",
            codeSum == 'a' + 'b' + 'c' && letters.Count == 5 && letters[4] == 'o' && string.Join(",", (IEnumerable<char>)"xyz") == "x,y,z" && string.Join(",", "xyz") == "xyz");
        SelfTestRunner.Check("string.Join over part of an array",
            string.Join("-", new[] { "a", "b", "c", "d" }, 1, 2) == "b-c" && string.Join("-", new[] { "a" }, 1, 0) == ""
            && Expect.Throws<ArgumentOutOfRangeException>(() => string.Join("-", new[] { "a" }, 1, 1)));
        SelfTestRunner.Check("string.Join over a List and Concat", string.Join(",", list) == "a,b" && string.Concat("a", "b", "c", "d") == "abcd");
        SelfTestRunner.Check("string.Replace",
            "hello".Replace("l", "L") == "heLLo" && "aaa".Replace("a", "bb") == "bbbbbb" && "abc".Replace("b", "") == "ac"
            && "a.b.c".Replace('.', '/') == "a/b/c");
        SelfTestRunner.Check("string.PadLeft/PadRight", "x".PadLeft(3) == "  x" && "x".PadRight(3, '.') == "x.." && "long".PadLeft(2) == "long");
        SelfTestRunner.Check("string.ToUpperInvariant/ToLowerInvariant (Latin-1)",
            "MiXeD \u00FF\u00B5\u00E9".ToUpperInvariant() == "MIXED \u0178\u039C\u00C9" && "\u00C0B".ToLowerInvariant() == "\u00E0b");
        SelfTestRunner.Check("string.LastIndexOf(string)/IndexOfAny",
            "abcabc".LastIndexOf("bc") == 4 && "abc".LastIndexOf("") == 3 && "hello".IndexOfAny(new[] { 'x', 'l', 'o' }) == 2);
        SelfTestRunner.Check("string.Trim/TrimStart/TrimEnd with characters",
            "xxhixx".Trim('x') == "hi" && "0012".TrimStart('0') == "12" && "1.500".TrimEnd('0', '.') == "1.5" && " a ".Trim(null) == "a");
        SelfTestRunner.Check("string.IsNullOrEmpty/IsNullOrWhiteSpace",
            string.IsNullOrEmpty("") && string.IsNullOrEmpty(null) && !string.IsNullOrEmpty(" ")
            && string.IsNullOrWhiteSpace(" \t") && !string.IsNullOrWhiteSpace(" x"));
        SelfTestRunner.Check("string.CompareTo (ordinal, as .NET invariant mode)",
            "a".CompareTo("b") == -1 && "B".CompareTo("a") == -31 && "ab".CompareTo("abc") == -1 && "a".CompareTo(null) == 1
            && string.Compare("a", "c") == -2);
        SelfTestRunner.Check("string.Equals with StringComparison",
            "Hello".Equals("hELLO", StringComparison.OrdinalIgnoreCase) && !"Hello".Equals("hELLO", StringComparison.Ordinal)
            && "Content-Length".StartsWith("content-", StringComparison.OrdinalIgnoreCase));
    }

    private static void RunChars()
    {
        SelfTestRunner.Check("char.IsDigit/IsLetter/IsLetterOrDigit",
            char.IsDigit('7') && !char.IsDigit('x') && char.IsLetter('q') && char.IsLetter('\u00AA') && !char.IsLetter('\u00D7')
            && char.IsLetterOrDigit('0') && !char.IsLetterOrDigit('_'));
        SelfTestRunner.Check("char.IsWhiteSpace/IsUpper/IsLower",
            char.IsWhiteSpace(' ') && char.IsWhiteSpace('\u0085') && char.IsWhiteSpace('\u00A0') && !char.IsWhiteSpace('x')
            && char.IsUpper('Q') && !char.IsUpper('\u00D7') && char.IsLower('\u00B5') && char.IsLower('\u00DF') && !char.IsLower('\u00AA'));
        SelfTestRunner.Check("char.ToUpperInvariant/ToLowerInvariant",
            char.ToUpperInvariant('\u00FF') == '\u0178' && char.ToUpperInvariant('\u00B5') == '\u039C' && char.ToUpperInvariant('\u00DF') == '\u00DF'
            && char.ToLowerInvariant('\u0178') == '\u00FF' && char.ToUpperInvariant('\u00E9') == '\u00C9' && char.ToLowerInvariant('Z') == 'z');
    }

    private static void RunBinaryPrimitives()
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, 0x12345678);
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.Slice(4), 0xABCD);
        SelfTestRunner.Check("BinaryPrimitives writes",
            buffer[0] == 0x12 && buffer[3] == 0x78 && buffer[4] == 0xCD && buffer[5] == 0xAB);
        SelfTestRunner.Check("BinaryPrimitives reads",
            BinaryPrimitives.ReadUInt32BigEndian(buffer) == 0x12345678 && BinaryPrimitives.ReadUInt16BigEndian(buffer.Slice(4)) == 0xCDAB
            && BinaryPrimitives.ReadUInt32LittleEndian(buffer) == 0x78563412 && !BinaryPrimitives.TryReadUInt32BigEndian(buffer.Slice(6), out _));
        BinaryPrimitives.WriteUInt64LittleEndian(buffer, 0x0102030405060708UL);
        SelfTestRunner.Check("BinaryPrimitives 64-bit and ReverseEndianness",
            buffer[0] == 8 && BinaryPrimitives.ReadUInt64BigEndian(buffer) == 0x0807060504030201UL
            && BinaryPrimitives.ReverseEndianness((ushort)0x1234) == 0x3412 && BinaryPrimitives.ReverseEndianness(0x11223344u) == 0x44332211u);
    }

    private static void RunMathAndGC()
    {
        double zero = 0, negativeZero = -zero;
        SelfTestRunner.Check("Math.Abs/Min/Max/Sign/Clamp",
            Math.Abs(-7) == 7 && Math.Abs(-7L) == 7 && Math.Abs(-2.5) == 2.5 && Math.Min(3, -4) == -4 && Math.Max(3UL, 9UL) == 9
            && Math.Sign(-3.5) == -1 && Math.Sign(0L) == 0 && Math.Clamp(15, 0, 10) == 10 && Math.Clamp(-2.0, 0.0, 1.0) == 0.0
            && 1 / Math.Min(zero, negativeZero) < 0 && 1 / Math.Max(negativeZero, zero) > 0 && double.IsNaN(Math.Max(zero / zero, 1.0)));
        // A collector may free earlier garbage at any allocation, so only the live array is
        // certain to be counted.
        var live = new byte[4096];
        GC.Collect();
        long used = GC.GetTotalMemory(true);
        SelfTestRunner.Check("GC.Collect and GetTotalMemory", live.Length == 4096 && used >= live.Length);
    }
}
