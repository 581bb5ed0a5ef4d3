// TypeDefinitionRecord: what NativeMetadata.ReadTypeDefinition gives back: a type's simple
// name, the offsets of its namespace definition and enclosing type (0 when not nested) in
// the metadata, and where its lists of field handles and of custom attributes start.
namespace Internal.Runtime.Reflection;

internal struct TypeDefinitionRecord
{
    public string Name;
    public uint NamespaceDefinition;
    public uint EnclosingType;
    public uint Fields;
    public Internal.Metadata.NativeFormat.TypeDefinition Attributes;
}
