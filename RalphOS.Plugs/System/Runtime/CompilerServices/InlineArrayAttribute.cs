// Declares a fixed-length inline array struct.
namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Struct)]
public sealed class InlineArrayAttribute : Attribute
{
    public InlineArrayAttribute(int length) { Length = length; }
    public int Length { get; }
}
