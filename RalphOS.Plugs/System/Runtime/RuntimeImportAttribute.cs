// Binds an extern method to a symbol provided elsewhere in the image.
namespace System.Runtime;

[AttributeUsage(AttributeTargets.Method)]
public sealed class RuntimeImportAttribute : Attribute
{
    public RuntimeImportAttribute(string entry) { Entry = entry; }
    public RuntimeImportAttribute(string dllName, string entry) { Entry = entry; }

    public string Entry { get; }
}
