// TypeDefinitionRecord: what NativeMetadata.ReadTypeDefinition gives back: a type's simple
// name, the offsets of its namespace definition and enclosing type (0 when not nested) in
// the metadata, and where its list of field handles starts.
namespace Internal.Runtime.Reflection;

internal struct TypeDefinitionRecord
{
    public string Name;
    public uint NamespaceDefinition;
    public uint EnclosingType;
    public uint Fields;
}
