// Marks members the compiler expands itself (Unsafe, MethodTable lookups).
namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class IntrinsicAttribute : Attribute
{
}
