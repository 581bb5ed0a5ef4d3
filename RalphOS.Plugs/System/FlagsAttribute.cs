// Marks an enum as a set of bit flags.
namespace System;

[AttributeUsage(AttributeTargets.Enum, Inherited = false)]
public sealed class FlagsAttribute : Attribute
{
}
