// Marks a member as obsolete (used by the C# compiler for ref structs).
namespace System;

public sealed class ObsoleteAttribute : Attribute
{
    public ObsoleteAttribute() { }
    public ObsoleteAttribute(string message) { }
    public ObsoleteAttribute(string message, bool error) { }
}
