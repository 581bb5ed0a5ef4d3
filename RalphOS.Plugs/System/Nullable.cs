// System.Nullable<T>: a value type that may also be "no value" (T?).
namespace System;

public struct Nullable<T> where T : struct
{
    // The runtime's boxing helpers depend on this layout: the flag first, then the value.
    private readonly bool _hasValue;
    internal T _value;

    public Nullable(T value)
    {
        _hasValue = true;
        _value = value;
    }

    public readonly bool HasValue => _hasValue;

    public readonly T Value
    {
        get
        {
            if (!_hasValue)
                Internal.Runtime.Panic.Fail("Nullable object must have a value");
            return _value;
        }
    }

    public readonly T GetValueOrDefault() => _value;

    public readonly T GetValueOrDefault(T defaultValue) => _hasValue ? _value : defaultValue;

    public static implicit operator T?(T value) => new T?(value);

    public static explicit operator T(T? value) => value.Value;
}
