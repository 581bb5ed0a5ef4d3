// Building changed copies of a string: Replace, PadLeft/PadRight, ToUpperInvariant and
// ToLowerInvariant (ASCII and Latin-1, see Char.Classification.cs), Insert, Remove,
// ToCharArray, plus IsNullOrEmpty/IsNullOrWhiteSpace. A string is immutable: every method
// returns a new string, or this one when nothing changes (as .NET).
using System.Text;
using Internal.Runtime;

namespace System;

public sealed unsafe partial class String
{
    public static bool IsNullOrEmpty(string value) => value is null || value._stringLength == 0;

    public static bool IsNullOrWhiteSpace(string value)
    {
        if (value is null)
            return true;
        for (int i = 0; i < value._stringLength; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
                return false;
        }
        return true;
    }

    public string Replace(char oldChar, char newChar)
    {
        int first = IndexOf(oldChar);
        if (first < 0)
            return this;
        string result = FastAllocate(_stringLength);
        fixed (char* source = &_firstChar, destination = &result._firstChar)
        {
            for (int i = 0; i < _stringLength; i++)
                destination[i] = source[i] == oldChar ? newChar : source[i];
        }
        return result;
    }

    // Every non-overlapping occurrence of oldValue, left to right (ordinal); a null newValue
    // removes them.
    public string Replace(string oldValue, string newValue)
    {
        if (oldValue is null || oldValue._stringLength == 0)
            Panic.Fail("string.Replace: oldValue is null or empty");
        int index = IndexOf(oldValue);
        if (index < 0)
            return this;
        var builder = new StringBuilder(_stringLength);
        int start = 0;
        while (index >= 0)
        {
            builder.Append(this, start, index - start);
            builder.Append(newValue);
            start = index + oldValue._stringLength;
            index = IndexOf(oldValue, start);
        }
        builder.Append(this, start, _stringLength - start);
        return builder.ToString();
    }

    public string PadLeft(int totalWidth) => PadLeft(totalWidth, ' ');

    public string PadLeft(int totalWidth, char paddingChar) => Pad(totalWidth, paddingChar, padOnLeft: true);

    public string PadRight(int totalWidth) => PadRight(totalWidth, ' ');

    public string PadRight(int totalWidth, char paddingChar) => Pad(totalWidth, paddingChar, padOnLeft: false);

    private string Pad(int totalWidth, char paddingChar, bool padOnLeft)
    {
        if (totalWidth < 0)
            Panic.Fail("string.Pad: totalWidth is negative");
        int padding = totalWidth - _stringLength;
        if (padding <= 0)
            return this;
        string result = FastAllocate(totalWidth);
        fixed (char* source = &_firstChar, destination = &result._firstChar)
        {
            char* text = padOnLeft ? destination + padding : destination;
            char* fill = padOnLeft ? destination : destination + _stringLength;
            Buffer.MemoryCopy(source, text, (nuint)_stringLength * 2);
            for (int i = 0; i < padding; i++)
                fill[i] = paddingChar;
        }
        return result;
    }

    public string ToUpperInvariant() => MapCharacters(upper: true);

    public string ToLowerInvariant() => MapCharacters(upper: false);

    // No cultures in this kernel: the culture-sensitive forms are the invariant ones (as .NET
    // with InvariantGlobalization).
    public string ToUpper() => ToUpperInvariant();

    public string ToLower() => ToLowerInvariant();

    private string MapCharacters(bool upper)
    {
        for (int i = 0; i < _stringLength; i++)
        {
            char c = this[i];
            if ((upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)) == c)
                continue;
            string result = FastAllocate(_stringLength);
            fixed (char* source = &_firstChar, destination = &result._firstChar)
            {
                for (int j = 0; j < _stringLength; j++)
                    destination[j] = upper ? char.ToUpperInvariant(source[j]) : char.ToLowerInvariant(source[j]);
            }
            return result;
        }
        return this;
    }

    public string Insert(int startIndex, string value)
    {
        if (value is null || (uint)startIndex > (uint)_stringLength)
            Panic.Fail("string.Insert: bad argument");
        return Concat(Substring(0, startIndex), value, Substring(startIndex));
    }

    public string Remove(int startIndex) => Remove(startIndex, _stringLength - startIndex);

    public string Remove(int startIndex, int count)
    {
        if (startIndex < 0 || count < 0 || startIndex > _stringLength - count)
            Panic.Fail("string.Remove: range out of bounds");
        return Concat(Substring(0, startIndex), Substring(startIndex + count));
    }

    public char[] ToCharArray()
    {
        char[] result = new char[_stringLength];
        fixed (char* source = &_firstChar, destination = result)
            Buffer.MemoryCopy(source, destination, (nuint)_stringLength * 2);
        return result;
    }
}
