// Finding characters and substrings, and cutting strings (ordinal comparisons).
using Internal.Runtime.CompilerHelpers;

namespace System;

public sealed partial class String
{
    public int IndexOf(char value) => IndexOf(value, 0);

    public int IndexOf(char value, int startIndex)
    {
        if ((uint)startIndex > (uint)_stringLength)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        for (int i = startIndex; i < _stringLength; i++)
        {
            if (this[i] == value)
                return i;
        }
        return -1;
    }

    public int IndexOf(string value) => IndexOf(value, 0);

    public int IndexOf(string value, int startIndex)
    {
        if (value is null)
            ThrowHelpers.ThrowArgumentException();
        if ((uint)startIndex > (uint)_stringLength)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        for (int i = startIndex; i + value._stringLength <= _stringLength; i++)
        {
            if (MatchesAt(i, value))
                return i;
        }
        return -1;
    }

    public int LastIndexOf(char value)
    {
        for (int i = _stringLength - 1; i >= 0; i--)
        {
            if (this[i] == value)
                return i;
        }
        return -1;
    }

    // The last occurrence of value; an empty value is found at Length (as .NET 5 and later).
    public int LastIndexOf(string value)
    {
        if (value is null)
            ThrowHelpers.ThrowArgumentException();
        for (int i = _stringLength - value._stringLength; i >= 0; i--)
        {
            if (MatchesAt(i, value))
                return i;
        }
        return -1;
    }

    public int IndexOfAny(char[] anyOf) => IndexOfAny(anyOf, 0);

    public int IndexOfAny(char[] anyOf, int startIndex)
    {
        if (anyOf is null)
            ThrowHelpers.ThrowArgumentException();
        if ((uint)startIndex > (uint)_stringLength)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        for (int i = startIndex; i < _stringLength; i++)
        {
            if (Array.IndexOf(anyOf, this[i]) >= 0)
                return i;
        }
        return -1;
    }

    public bool Contains(string value) => IndexOf(value) >= 0;
    public bool Contains(char value) => IndexOf(value) >= 0;

    public bool StartsWith(string value)
    {
        if (value is null)
            ThrowHelpers.ThrowArgumentException();
        return value._stringLength <= _stringLength && MatchesAt(0, value);
    }

    public bool EndsWith(string value)
    {
        if (value is null)
            ThrowHelpers.ThrowArgumentException();
        return value._stringLength <= _stringLength && MatchesAt(_stringLength - value._stringLength, value);
    }

    public string Substring(int startIndex) => Substring(startIndex, _stringLength - startIndex);

    public string Substring(int startIndex, int length)
    {
        if ((uint)startIndex > (uint)_stringLength || (uint)length > (uint)(_stringLength - startIndex))
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        if (length == _stringLength)
            return this;
        return length == 0 ? Empty : SubstringUnchecked(startIndex, length);
    }

    private bool MatchesAt(int index, string value)
    {
        for (int j = 0; j < value._stringLength; j++)
        {
            if (this[index + j] != value[j])
                return false;
        }
        return true;
    }
}
