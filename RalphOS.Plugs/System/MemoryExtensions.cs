// System.MemoryExtensions: AsSpan for strings and arrays. C# 14 converts a string to
// ReadOnlySpan<char> through AsSpan(string) (a "first-class span" conversion) rather than
// through String's implicit operator, so it must build the span itself: a conversion there
// would call itself. Searching is in MemoryExtensions.Search.cs, trimming and reordering
// in MemoryExtensions.Transform.cs.
namespace System;

public static partial class MemoryExtensions
{
    public static ReadOnlySpan<char> AsSpan(this string text) =>
        text == null ? default : new ReadOnlySpan<char>(ref text.GetRawData(), text.Length);

    public static ReadOnlySpan<char> AsSpan(this string text, int start)
    {
        if (text == null)
        {
            if (start != 0)
                throw new ArgumentOutOfRangeException("start");
            return default;
        }
        return text.AsSpan().Slice(start);
    }

    public static ReadOnlySpan<char> AsSpan(this string text, int start, int length)
    {
        if (text == null)
        {
            if (start != 0 || length != 0)
                throw new ArgumentOutOfRangeException("start");
            return default;
        }
        return text.AsSpan().Slice(start, length);
    }

    public static Span<T> AsSpan<T>(this T[] array) => new Span<T>(array);
    public static Span<T> AsSpan<T>(this T[] array, int start) => new Span<T>(array).Slice(start);
    public static Span<T> AsSpan<T>(this T[] array, int start, int length) => new Span<T>(array, start, length);

    public static void CopyTo<T>(this T[] source, Span<T> destination) => new ReadOnlySpan<T>(source).CopyTo(destination);
}
