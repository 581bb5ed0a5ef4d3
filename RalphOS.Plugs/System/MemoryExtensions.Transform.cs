// MemoryExtensions: trimming and reordering spans, as .NET's: Trim, TrimStart and TrimEnd
// of white space (char spans) or of one element, and Reverse in place.
namespace System;

public static partial class MemoryExtensions
{
    public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span) => span.TrimStart().TrimEnd();

    public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span)
    {
        int start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
            start++;
        return span.Slice(start);
    }

    public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span)
    {
        int end = span.Length;
        while (end > 0 && char.IsWhiteSpace(span[end - 1]))
            end--;
        return span.Slice(0, end);
    }

    public static Span<char> Trim(this Span<char> span)
    {
        ReadOnlySpan<char> trimmed = ((ReadOnlySpan<char>)span).TrimStart();
        int start = span.Length - trimmed.Length;
        return span.Slice(start, trimmed.TrimEnd().Length);
    }

    public static ReadOnlySpan<T> Trim<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T> =>
        span.TrimStart(trimElement).TrimEnd(trimElement);

    public static ReadOnlySpan<T> TrimStart<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T>
    {
        int start = 0;
        while (start < span.Length && Same(span[start], trimElement))
            start++;
        return span.Slice(start);
    }

    public static ReadOnlySpan<T> TrimEnd<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T>
    {
        int end = span.Length;
        while (end > 0 && Same(span[end - 1], trimElement))
            end--;
        return span.Slice(0, end);
    }

    public static void Reverse<T>(this Span<T> span)
    {
        for (int i = 0, j = span.Length - 1; i < j; i++, j--)
            (span[i], span[j]) = (span[j], span[i]);
    }
}
