// Per-method code generation hints (inlining, internal calls).
namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor)]
public sealed class MethodImplAttribute : Attribute
{
    public MethodImplAttribute(MethodImplOptions methodImplOptions) { Value = methodImplOptions; }
    public MethodImplAttribute(short value) { Value = (MethodImplOptions)value; }
    public MethodImplAttribute() { }

    public MethodImplOptions Value { get; }
}
