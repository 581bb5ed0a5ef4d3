// System.Int32: 32-bit signed integer.
namespace System;

public partial struct Int32 : IEquatable<int>, IComparable<int>, IComparable
{
    private int _value;

    public const int MaxValue = 0x7FFFFFFF;
    public const int MinValue = unchecked((int)0x80000000);
    // Supports "X"/"x" with an optional digit count (e.g. "X8"); anything else is decimal.
    public string ToString(string format) => Number.FormatWithHexOption(unchecked((ulong)(uint)_value), format, ToString());

    public static bool TryParse(string s, out int result)
    {
        bool ok = Number.TryParseInt64(s, out long wide) && wide >= MinValue && wide <= MaxValue;
        result = ok ? (int)wide : 0;
        return ok;
    }

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;
    public override bool Equals(object obj) => obj is int other && other == _value;

    // -1, 0 or 1, as .NET.
    public int CompareTo(int value) => _value < value ? -1 : _value > value ? 1 : 0;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is int other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Int32");
        return 0;
    }

    public bool Equals(int obj) => _value == obj;
}
