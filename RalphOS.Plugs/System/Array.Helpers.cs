// Array helpers with .NET's names and semantics: Empty, Fill, IndexOf, Resize, Reverse,
// Sort (introsort, not stable) and Clear. Misuse (null arrays, ranges out of bounds) is a
// panic, where .NET throws. Equality uses EqualityComparer<T>.Default and ordering
// Comparer<T>.Default, as in .NET.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System;

public abstract unsafe partial class Array
{
    // One shared empty array per element type.
    public static T[] Empty<T>() => EmptyArray<T>.Value;

    public static void Fill<T>(T[] array, T value)
    {
        CheckNotNull(array);
        for (int i = 0; i < array.Length; i++)
            array[i] = value;
    }

    public static void Fill<T>(T[] array, T value, int startIndex, int count)
    {
        CheckRange(array, startIndex, count);
        for (int i = startIndex; i < startIndex + count; i++)
            array[i] = value;
    }

    public static int IndexOf<T>(T[] array, T value)
    {
        CheckNotNull(array);
        return IndexOf(array, value, 0, array.Length);
    }

    public static int IndexOf<T>(T[] array, T value, int startIndex)
    {
        CheckNotNull(array);
        return IndexOf(array, value, startIndex, array.Length - startIndex);
    }

    public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
    {
        CheckRange(array, startIndex, count);
        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = startIndex; i < startIndex + count; i++)
        {
            if (comparer.Equals(array[i], value))
                return i;
        }
        return -1;
    }

    public static int LastIndexOf<T>(T[] array, T value)
    {
        CheckNotNull(array);
        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = array.Length - 1; i >= 0; i--)
        {
            if (comparer.Equals(array[i], value))
                return i;
        }
        return -1;
    }

    // A new array of newSize holding the old elements that fit (a null array is created).
    public static void Resize<T>(ref T[] array, int newSize)
    {
        if (newSize < 0)
            Panic.Fail("Array.Resize: size is negative");
        T[] old = array;
        if (old == null)
        {
            array = new T[newSize];
            return;
        }
        if (old.Length == newSize)
            return;
        T[] resized = new T[newSize];
        Copy(old, 0, resized, 0, old.Length < newSize ? old.Length : newSize);
        array = resized;
    }

    public static void Reverse<T>(T[] array)
    {
        CheckNotNull(array);
        Reverse(array, 0, array.Length);
    }

    public static void Reverse<T>(T[] array, int index, int length)
    {
        CheckRange(array, index, length);
        for (int i = index, j = index + length - 1; i < j; i++, j--)
        {
            T swap = array[i];
            array[i] = array[j];
            array[j] = swap;
        }
    }

    public static void Sort<T>(T[] array)
    {
        CheckNotNull(array);
        ArraySortHelper<T>.Sort(array, 0, array.Length, Comparer<T>.Default);
    }

    public static void Sort<T>(T[] array, int index, int length)
    {
        CheckRange(array, index, length);
        ArraySortHelper<T>.Sort(array, index, length, Comparer<T>.Default);
    }

    public static void Sort<T>(T[] array, IComparer<T> comparer)
    {
        CheckNotNull(array);
        ArraySortHelper<T>.Sort(array, 0, array.Length, Comparer<T>.FromInterface(comparer));
    }

    public static void Sort<T>(T[] array, Comparison<T> comparison)
    {
        CheckNotNull(array);
        if (comparison == null)
            Panic.Fail("Array.Sort: comparison is null");
        ArraySortHelper<T>.Sort(array, 0, array.Length, comparison);
    }

    // Sets every element to its default value (zero, null, false).
    public static void Clear(Array array)
    {
        CheckNotNull(array);
        Clear(array, 0, array.Length);
    }

    public static void Clear(Array array, int index, int length)
    {
        CheckNotNull(array);
        if (index < 0 || length < 0 || index > array.Length - length)
            Panic.Fail("Array.Clear: range out of bounds");
        nuint elementSize = (nuint)array.ElementSize;
        ref byte first = ref Unsafe.AddByteOffset(ref array.GetRawData(), (nuint)index * elementSize);
        SpanHelpers.ClearWithoutReferences(ref first, (nuint)length * elementSize);
    }

    private static void CheckNotNull(Array array)
    {
        if (array == null)
            Panic.Fail("Array: array is null");
    }

    private static void CheckRange(Array array, int index, int count)
    {
        CheckNotNull(array);
        if (index < 0 || count < 0 || index > array.Length - count)
            Panic.Fail("Array: range out of bounds");
    }
}

// Holder of Array.Empty<T>()'s single instance.
internal static class EmptyArray<T>
{
    public static readonly T[] Value = new T[0];
}
