// Exports a static method under a fixed symbol name; the compiler's generated code calls
// runtime helpers (allocation, throw) by these names.
namespace System.Runtime;

[AttributeUsage(AttributeTargets.Method)]
public sealed class RuntimeExportAttribute : Attribute
{
    public RuntimeExportAttribute(string entry) { Entry = entry; }

    public string Entry { get; }
}
