// System.ValueType: base of all structs. Equality for structs is by override only (no
// reflection-based field comparison in this runtime).
namespace System;

public abstract class ValueType
{
}
