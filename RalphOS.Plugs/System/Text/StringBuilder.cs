// StringBuilder: a mutable string in one char array that doubles when full (16 chars by
// default, as .NET). Append returns the builder so calls chain. Numbers and other values
// are appended as their ToString() text; AppendLine ends lines with "\n" (.NET's
// Environment.NewLine on Linux). Misuse (indices out of range) is a panic, where .NET throws.
// Used by string.Replace/Join and by the BASIC interpreter and network code.
using Internal.Runtime;

namespace System.Text;

public sealed unsafe partial class StringBuilder
{
    private const int DefaultCapacity = 16;
    private const string NewLine = "\n";

    private char[] _chars;
    private int _length;

    public StringBuilder() : this(DefaultCapacity) { }

    public StringBuilder(int capacity)
    {
        if (capacity < 0)
            Panic.Fail("StringBuilder: capacity is negative");
        _chars = new char[capacity > 0 ? capacity : DefaultCapacity];
    }

    public StringBuilder(string value) : this(value == null || value.Length < DefaultCapacity ? DefaultCapacity : value.Length)
    {
        Append(value);
    }

    public int Capacity => _chars.Length;

    // Shortening drops the end; lengthening appends '\0' characters (as .NET).
    public int Length
    {
        get => _length;
        set
        {
            if (value < 0)
                Panic.Fail("StringBuilder: length is negative");
            if (value > _length)
            {
                EnsureCapacity(value);
                Array.Clear(_chars, _length, value - _length);
            }
            _length = value;
        }
    }

    [System.Runtime.CompilerServices.IndexerName("Chars")]
    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_length)
                Panic.Fail("StringBuilder: index out of range");
            return _chars[index];
        }
        set
        {
            if ((uint)index >= (uint)_length)
                Panic.Fail("StringBuilder: index out of range");
            _chars[index] = value;
        }
    }

    public StringBuilder Append(string value)
    {
        if (value != null)
            Append(value, 0, value.Length);
        return this;
    }

    public StringBuilder Append(string value, int startIndex, int count)
    {
        if (value == null)
        {
            if (startIndex != 0 || count != 0)
                Panic.Fail("StringBuilder.Append: value is null");
            return this;
        }
        if (startIndex < 0 || count < 0 || startIndex > value.Length - count)
            Panic.Fail("StringBuilder.Append: range out of bounds");
        EnsureCapacity(_length + count);
        fixed (char* source = value, destination = _chars)
            Buffer.MemoryCopy(source + startIndex, destination + _length, (nuint)count * 2);
        _length += count;
        return this;
    }

    public StringBuilder Append(char value)
    {
        if (_length == _chars.Length)
            EnsureCapacity(_length + 1);
        _chars[_length++] = value;
        return this;
    }

    public StringBuilder Append(char value, int repeatCount)
    {
        if (repeatCount < 0)
            Panic.Fail("StringBuilder.Append: repeatCount is negative");
        EnsureCapacity(_length + repeatCount);
        for (int i = 0; i < repeatCount; i++)
            _chars[_length++] = value;
        return this;
    }

    public StringBuilder Append(char[] value)
    {
        if (value != null)
            Append(value, 0, value.Length);
        return this;
    }

    public StringBuilder Append(char[] value, int startIndex, int charCount)
    {
        if (value == null || startIndex < 0 || charCount < 0 || startIndex > value.Length - charCount)
            Panic.Fail("StringBuilder.Append: range out of bounds");
        EnsureCapacity(_length + charCount);
        Array.Copy(value, startIndex, _chars, _length, charCount);
        _length += charCount;
        return this;
    }

    public StringBuilder Append(ReadOnlySpan<char> value)
    {
        EnsureCapacity(_length + value.Length);
        for (int i = 0; i < value.Length; i++)
            _chars[_length++] = value[i];
        return this;
    }

    public StringBuilder Append(StringBuilder value) => value == null ? this : Append(value._chars, 0, value._length);

    public StringBuilder Append(bool value) => Append(value ? "True" : "False");
    public StringBuilder Append(int value) => Append(value.ToString());
    public StringBuilder Append(long value) => Append(value.ToString());
    public StringBuilder Append(uint value) => Append(value.ToString());
    public StringBuilder Append(ulong value) => Append(value.ToString());
    public StringBuilder Append(double value) => Append(value.ToString());
    public StringBuilder Append(object value) => value == null ? this : Append(value.ToString());

    public StringBuilder AppendLine() => Append(NewLine);

    public StringBuilder AppendLine(string value) => Append(value).Append(NewLine);

    public StringBuilder Insert(int index, string value)
    {
        if ((uint)index > (uint)_length)
            Panic.Fail("StringBuilder.Insert: index out of range");
        if (value == null || value.Length == 0)
            return this;
        EnsureCapacity(_length + value.Length);
        Array.Copy(_chars, index, _chars, index + value.Length, _length - index);
        for (int i = 0; i < value.Length; i++)
            _chars[index + i] = value[i];
        _length += value.Length;
        return this;
    }

    public StringBuilder Insert(int index, char value) => Insert(index, new string(value, 1));

    public StringBuilder Insert(int index, int value) => Insert(index, value.ToString());

    public StringBuilder Remove(int startIndex, int length)
    {
        if (startIndex < 0 || length < 0 || startIndex > _length - length)
            Panic.Fail("StringBuilder.Remove: range out of bounds");
        Array.Copy(_chars, startIndex + length, _chars, startIndex, _length - startIndex - length);
        _length -= length;
        return this;
    }

    public StringBuilder Replace(char oldChar, char newChar)
    {
        for (int i = 0; i < _length; i++)
        {
            if (_chars[i] == oldChar)
                _chars[i] = newChar;
        }
        return this;
    }

    public StringBuilder Clear()
    {
        _length = 0;
        return this;
    }

    public int EnsureCapacity(int capacity)
    {
        if (capacity > _chars.Length)
        {
            int newCapacity = _chars.Length * 2;
            if (newCapacity < capacity)
                newCapacity = capacity;
            char[] chars = new char[newCapacity];
            Array.Copy(_chars, 0, chars, 0, _length);
            _chars = chars;
        }
        return _chars.Length;
    }

    public override string ToString() => new string(_chars, 0, _length);

    public string ToString(int startIndex, int length)
    {
        if (startIndex < 0 || length < 0 || startIndex > _length - length)
            Panic.Fail("StringBuilder.ToString: range out of bounds");
        return new string(_chars, startIndex, length);
    }
}
