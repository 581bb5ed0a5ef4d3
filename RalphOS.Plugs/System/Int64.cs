// System.Int64: 64-bit signed integer.
namespace System;

public partial struct Int64 : IEquatable<long>, IComparable<long>, IComparable
{
    private long _value;

    public const long MaxValue = 0x7FFFFFFFFFFFFFFF;
    public const long MinValue = unchecked((long)0x8000000000000000);
    // Supports "X"/"x" with an optional digit count (e.g. "X8"); anything else is decimal.
    public string ToString(string format) => Number.FormatWithHexOption(unchecked((ulong)_value), format, ToString());

    public static bool TryParse(string s, out long result) => Number.TryParseInt64(s, out result);

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);

    // -1, 0 or 1, as .NET.
    public int CompareTo(long value) => _value < value ? -1 : _value > value ? 1 : 0;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is long other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Int64");
        return 0;
    }

    public bool Equals(long obj) => _value == obj;

    public override bool Equals(object obj) => obj is long other && Equals(other);
}
