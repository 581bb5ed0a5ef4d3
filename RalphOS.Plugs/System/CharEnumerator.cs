// CharEnumerator: walks a string's chars, as .NET's (String.GetEnumerator returns one;
// LINQ over a string uses it). Current before MoveNext or after the end throws
// InvalidOperationException with .NET's messages.
using System.Collections;
using System.Collections.Generic;

namespace System;

public sealed class CharEnumerator : IEnumerator<char>
{
    private readonly string _text;
    private int _index = -1;

    internal CharEnumerator(string text)
    {
        _text = text;
    }

    public bool MoveNext()
    {
        if (_index < _text.Length - 1)
        {
            _index++;
            return true;
        }
        _index = _text.Length;
        return false;
    }

    public char Current
    {
        get
        {
            if (_index < 0)
                throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
            if (_index >= _text.Length)
                throw new InvalidOperationException("Enumeration already finished.");
            return _text[_index];
        }
    }

    object IEnumerator.Current => Current;

    public void Reset() => _index = -1;

    public void Dispose()
    {
    }
}
