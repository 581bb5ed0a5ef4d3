// System.Nullable<T>: a value type that may also be "no value" (T?).
namespace System;

public struct Nullable<T> where T : struct
{
    // The runtime's boxing helpers depend on this layout: the flag first, then the value.
    // ILC looks the fields up by these exact names ("hasValue", "value") to compute the
    // value offset it stores in the MethodTable; renaming them crashes the compiler.
    private readonly bool hasValue;
    internal T value;

    public Nullable(T value)
    {
        hasValue = true;
        this.value = value;
    }

    public readonly bool HasValue => hasValue;

    public readonly T Value
    {
        get
        {
            if (!hasValue)
                Internal.Runtime.Panic.Fail("Nullable object must have a value");
            return value;
        }
    }

    public readonly T GetValueOrDefault() => value;

    public readonly T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;

    public static implicit operator T?(T value) => new T?(value);

    public static explicit operator T(T? value) => value.Value;
}
