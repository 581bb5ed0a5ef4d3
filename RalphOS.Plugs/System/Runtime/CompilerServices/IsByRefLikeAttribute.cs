// Marks ref structs (Span).
namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Struct)]
public sealed class IsByRefLikeAttribute : Attribute
{
}
