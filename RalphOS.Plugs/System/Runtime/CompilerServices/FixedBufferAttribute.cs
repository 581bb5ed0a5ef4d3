// Marks fixed-size buffer fields.
namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Field)]
public sealed class FixedBufferAttribute : Attribute
{
    public FixedBufferAttribute(Type elementType, int length) { }
}
