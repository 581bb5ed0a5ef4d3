// MemoryExtensions: searching spans, as .NET's: IndexOf/LastIndexOf of an element or a
// sequence, IndexOfAny, Contains, SequenceEqual, SequenceCompareTo, StartsWith, EndsWith
// and Count, for Span<T> and ReadOnlySpan<T> of IEquatable<T> elements (null elements
// compare equal to null). Plain loops: the spans Ralph OS searches are short.
namespace System;

public static partial class MemoryExtensions
{
    public static int IndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value);

    public static int IndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
    {
        for (int i = 0; i < span.Length; i++)
        {
            if (Same(span[i], value))
                return i;
        }
        return -1;
    }

    public static int IndexOf<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value);

    public static int IndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>
    {
        for (int i = 0; i + value.Length <= span.Length; i++)
        {
            if (span.Slice(i, value.Length).SequenceEqual(value))
                return i;
        }
        return -1;
    }

    public static int LastIndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => LastIndexOf((ReadOnlySpan<T>)span, value);

    public static int LastIndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
    {
        for (int i = span.Length - 1; i >= 0; i--)
        {
            if (Same(span[i], value))
                return i;
        }
        return -1;
    }

    public static int IndexOfAny<T>(this Span<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAny((ReadOnlySpan<T>)span, value0, value1);

    public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T>
    {
        for (int i = 0; i < span.Length; i++)
        {
            if (Same(span[i], value0) || Same(span[i], value1))
                return i;
        }
        return -1;
    }

    public static int IndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T>
    {
        for (int i = 0; i < span.Length; i++)
        {
            if (values.IndexOf(span[i]) >= 0)
                return i;
        }
        return -1;
    }

    public static bool Contains<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value) >= 0;
    public static bool Contains<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOf(span, value) >= 0;

    public static int Count<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
    {
        int count = 0;
        for (int i = 0; i < span.Length; i++)
        {
            if (Same(span[i], value))
                count++;
        }
        return count;
    }

    public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IEquatable<T> => SequenceEqual((ReadOnlySpan<T>)span, other);

    public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IEquatable<T>
    {
        if (span.Length != other.Length)
            return false;
        for (int i = 0; i < span.Length; i++)
        {
            if (!Same(span[i], other[i]))
                return false;
        }
        return true;
    }

    // Element by element, then the shorter first; the sign is what matters, as .NET's.
    public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IComparable<T>
    {
        int common = Math.Min(span.Length, other.Length);
        for (int i = 0; i < common; i++)
        {
            int order = span[i] == null ? (other[i] == null ? 0 : -1) : span[i].CompareTo(other[i]);
            if (order != 0)
                return order;
        }
        return span.Length.CompareTo(other.Length);
    }

    public static bool StartsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => StartsWith((ReadOnlySpan<T>)span, value);

    public static bool StartsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> =>
        value.Length <= span.Length && span.Slice(0, value.Length).SequenceEqual(value);

    public static bool EndsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => EndsWith((ReadOnlySpan<T>)span, value);

    public static bool EndsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> =>
        value.Length <= span.Length && span.Slice(span.Length - value.Length).SequenceEqual(value);

    private static bool Same<T>(T a, T b) where T : IEquatable<T> => a == null ? b == null : a.Equals(b);
}
