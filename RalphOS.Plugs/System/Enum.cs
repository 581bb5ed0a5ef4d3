// System.Enum: base of all enums.
namespace System;

public abstract class Enum : ValueType
{
}
