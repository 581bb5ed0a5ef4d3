// The custom-attribute getters of NativeAOT's metadata reader, present only as names for
// the compiler. When the core library is System.Private.CoreLib, ILC generates reflection
// metadata, and it emits a custom attribute of a type, method, parameter, generic parameter,
// field, property, event or assembly only if the matching getter below is compiled, i.e. only
// if the program can read custom attributes at all. It looks each getter up by type and
// member name (any signature), and fails the build with a null reference when one is
// missing. Ralph OS reads only a type's attributes (EnumInfo asks whether an enum has
// [Flags]), so TypeDefinition.CustomAttributes is real and compiled, and ILC emits the
// attributes of types; the other getters are never compiled, so no other custom attribute
// is emitted. A call to one of those would be a bug: it panics naming the member.
using Internal.Runtime;

namespace Internal.Metadata.NativeFormat;

// Where a TypeDefinition record's list of custom attributes starts in the embedded metadata
// (Internal.Runtime.Reflection.NativeMetadata reads the record and the list).
internal readonly struct TypeDefinition
{
    private readonly uint _customAttributes;

    public TypeDefinition(uint customAttributes) { _customAttributes = customAttributes; }

    public uint CustomAttributes => _customAttributes;
}

internal readonly struct Method
{
    public int CustomAttributes => CompilerOnlyMember.Reached("Method.CustomAttributes");
}

internal readonly struct Parameter
{
    public int CustomAttributes => CompilerOnlyMember.Reached("Parameter.CustomAttributes");
}

internal readonly struct GenericParameter
{
    public int CustomAttributes => CompilerOnlyMember.Reached("GenericParameter.CustomAttributes");
}

internal readonly struct Field
{
    public int CustomAttributes => CompilerOnlyMember.Reached("Field.CustomAttributes");
}

internal readonly struct Property
{
    public int CustomAttributes => CompilerOnlyMember.Reached("Property.CustomAttributes");
}

internal readonly struct Event
{
    public int CustomAttributes => CompilerOnlyMember.Reached("Event.CustomAttributes");
}

// An assembly: its own attributes and its module's.
internal readonly struct ScopeDefinition
{
    public int CustomAttributes => CompilerOnlyMember.Reached("ScopeDefinition.CustomAttributes");
    public int ModuleCustomAttributes => CompilerOnlyMember.Reached("ScopeDefinition.ModuleCustomAttributes");
}

// What every getter above does if it is ever called: the kernel stops, naming the member.
internal static class CompilerOnlyMember
{
    public static int Reached(string member)
    {
        Panic.Fail(string.Concat("Internal.Metadata.NativeFormat.", member, " called: Ralph OS has no metadata reader"));
        return 0;
    }
}
