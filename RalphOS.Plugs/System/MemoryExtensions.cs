// System.MemoryExtensions: AsSpan for strings. C# 14 converts a string to ReadOnlySpan<char>
// through this method (a "first-class span" conversion) rather than through String's
// implicit operator, so it must build the span itself: a conversion here would call itself.
namespace System;

public static class MemoryExtensions
{
    public static ReadOnlySpan<char> AsSpan(this string text) =>
        text == null ? default : new ReadOnlySpan<char>(ref text.GetRawData(), text.Length);
}
