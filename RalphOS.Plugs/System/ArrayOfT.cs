// Array<T>: how T[] implements the generic collection interfaces. ILC builds the
// MethodTable of every single-dimension array T[] from this class (its "closest metadata
// type"): the interfaces listed here become T[]'s interface map, and these methods fill
// T[]'s vtable and dispatch map, so `int[]` is an IEnumerable<int>, ICollection<int>,
// IList<int>, IReadOnlyList<int> as on .NET. No object of this class is ever created:
// `this` is always a T[], reinterpreted with Unsafe.As. As on .NET, an array is fixed-size
// (Add, Insert, Remove, Clear through ICollection<T>/IList<T> throw NotSupportedException
// with .NET's messages)
// and IsReadOnly is true. LINQ, List<T>(IEnumerable<T>), foreach over IEnumerable<T> and
// every API taking these interfaces reach arrays through here.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System;

public class Array<T> : Array, IList<T>, IReadOnlyList<T>
{
    private const string FixedSizeMessage = "Collection was of a fixed size.";

    private T[] Items => Unsafe.As<T[]>(this);

    public IEnumerator<T> GetEnumerator() => new ArrayEnumerator<T>(Items);

    IEnumerator IEnumerable.GetEnumerator() => new ArrayEnumerator<T>(Items);

    int ICollection<T>.Count => Items.Length;

    int IReadOnlyCollection<T>.Count => Items.Length;

    bool ICollection<T>.IsReadOnly => true;

    T IList<T>.this[int index]
    {
        get => ItemAt(index);
        set
        {
            T[] items = Items;
            if ((uint)index >= (uint)items.Length)
                ThrowIndexOutOfRange(index);
            items[index] = value;
        }
    }

    T IReadOnlyList<T>.this[int index] => ItemAt(index);

    int IList<T>.IndexOf(T item) => IndexOf(Items, item);

    bool ICollection<T>.Contains(T item) => IndexOf(Items, item) >= 0;

    void ICollection<T>.CopyTo(T[] array, int arrayIndex)
    {
        T[] items = Items;
        if (array == null)
            throw new ArgumentNullException(nameof(array));
        if (arrayIndex < 0 || arrayIndex > array.Length - items.Length)
            throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray");
        Copy(items, 0, array, arrayIndex, items.Length);
    }

    void ICollection<T>.Add(T item) => throw new NotSupportedException(FixedSizeMessage);

    void ICollection<T>.Clear() => throw new NotSupportedException("Collection is read-only.");

    bool ICollection<T>.Remove(T item) => throw new NotSupportedException(FixedSizeMessage);

    void IList<T>.Insert(int index, T item) => throw new NotSupportedException(FixedSizeMessage);

    void IList<T>.RemoveAt(int index) => throw new NotSupportedException(FixedSizeMessage);

    private T ItemAt(int index)
    {
        T[] items = Items;
        if ((uint)index >= (uint)items.Length)
            ThrowIndexOutOfRange(index);
        return items[index];
    }

    // .NET's message for an interface indexer past the end of an array.
    private static void ThrowIndexOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
}
