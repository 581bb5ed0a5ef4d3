// Marks a static method callable from assembly with the C convention. With EntryPoint set
// the method becomes a global symbol of that name (the kernel entry, interrupt handlers).
namespace System.Runtime.InteropServices;

[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class UnmanagedCallersOnlyAttribute : Attribute
{
    public UnmanagedCallersOnlyAttribute() { }

    public Type[] CallConvs;
    public string EntryPoint;
}
