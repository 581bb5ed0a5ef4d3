// ArrayEnumerator<T>: the IEnumerator<T> an array hands out through IEnumerable<T>
// (Array<T>.GetEnumerator). foreach over a T[] variable compiles to an indexed loop and never
// uses it; LINQ and code holding the array as an interface do. Current before the first
// MoveNext or after the end throws InvalidOperationException with .NET's messages.
using System.Collections;
using System.Collections.Generic;

namespace System;

internal sealed class ArrayEnumerator<T> : IEnumerator<T>
{
    private readonly T[] _array;
    private int _index = -1;

    public ArrayEnumerator(T[] array) { _array = array; }

    public T Current
    {
        get
        {
            if ((uint)_index >= (uint)_array.Length)
                throw new InvalidOperationException(_index < 0 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
            return _array[_index];
        }
    }

    object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        if (_index < _array.Length)
            _index++;
        return _index < _array.Length;
    }

    public void Reset() => _index = -1;

    public void Dispose() { }
}
