// System.Nullable<T>: a value type that may also be "no value" (T?), as .NET's: Value of
// an empty one throws InvalidOperationException; Equals, GetHashCode and ToString treat the
// empty value as null (equal to null, hash 0, ""). The lifted operators (+, <, ==, ...)
// are the compiler's, built on HasValue and GetValueOrDefault; boxing an empty one gives
// null and unboxing null gives an empty one (the runtime's box helpers).
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
                throw new InvalidOperationException("Nullable object must have a value.");
            return value;
        }
    }

    public readonly T GetValueOrDefault() => value;

    public readonly T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;

    public override bool Equals(object other)
    {
        if (!hasValue)
            return other == null;
        return other != null && value.Equals(other);
    }

    public override int GetHashCode() => hasValue ? value.GetHashCode() : 0;

    public override string ToString() => hasValue ? value.ToString() : "";

    public static implicit operator T?(T value) => new T?(value);

    public static explicit operator T(T? value) => value.Value;
}
