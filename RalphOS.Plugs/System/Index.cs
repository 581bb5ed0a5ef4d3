// System.Index: a position counted from the start (`3`) or from the end (`^1`) of a
// sequence. The C# compiler makes one for `^n` and for an int converted to an Index, and
// calls GetOffset with the sequence's length when it indexes an array, string, span or list.
// The value is stored as .NET does: n for "from start", ~n for "from end".
namespace System;

public readonly struct Index : IEquatable<Index>
{
    private readonly int _value;

    public Index(int value, bool fromEnd = false)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), "Non-negative number required.");
        _value = fromEnd ? ~value : value;
    }

    public static Index Start => new Index(0);

    public static Index End => new Index(0, true);

    public static Index FromStart(int value) => new Index(value, false);

    public static Index FromEnd(int value) => new Index(value, true);

    public int Value => _value < 0 ? ~_value : _value;

    public bool IsFromEnd => _value < 0;

    /// <summary>The offset in a sequence of the given length (not range-checked, as on .NET).</summary>
    public int GetOffset(int length) => _value < 0 ? length + _value + 1 : _value;

    public static implicit operator Index(int value) => FromStart(value);

    public bool Equals(Index other) => _value == other._value;

    public override bool Equals(object value) => value is Index other && _value == other._value;

    public override int GetHashCode() => _value;

    public override string ToString() => IsFromEnd ? $"^{Value}" : Value.ToString();
}
