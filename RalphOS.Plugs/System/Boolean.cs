// System.Boolean: the bool primitive.
namespace System;

public struct Boolean
{
    private bool _value;

    public override string ToString() => _value ? "True" : "False";
    public override int GetHashCode() => _value ? 1 : 0;
}
