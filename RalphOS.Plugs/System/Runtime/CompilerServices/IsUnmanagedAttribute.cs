// Marks the unmanaged generic constraint.
namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.All)]
public sealed class IsUnmanagedAttribute : Attribute
{
}
