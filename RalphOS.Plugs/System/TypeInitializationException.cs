// System.TypeInitializationException: a static constructor threw; as on .NET it wraps the
// original exception (InnerException) and names the type whose initializer failed.
namespace System;

public sealed class TypeInitializationException : SystemException
{
    public TypeInitializationException(string fullTypeName, Exception innerException)
        : base($"The type initializer for '{fullTypeName}' threw an exception.", innerException)
    {
        TypeName = fullTypeName ?? "";
    }

    public string TypeName { get; }
}
