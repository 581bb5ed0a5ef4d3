// NativeMetadata: reads the few records of the reflection metadata ILC embeds in the image
// (the "embedded metadata" section) that type names and enum names need: a type definition
// (its name, namespace, enclosing type, fields and custom attributes), a namespace
// definition, a field (name, flags, constant value), an attribute's type name and a string. The layouts are NativeAOT's native metadata format
// (dotnet/runtime NativeFormatReaderGen.cs): each record is a run of compressed integers in
// schema order; a typed handle is stored as the record's offset, an untyped one as
// offset << 7 | handle type (measured on ILC 10's output). TypeNames and EnumInfo call this.
using Internal.Runtime.TypeLoader;

namespace Internal.Runtime.Reflection;

internal readonly struct NativeMetadata
{
    // HandleType values of ILC 10 (NativeFormatReaderCommonGen.cs of its version: checked
    // against the records it emits; later versions renumber the byte constants).
    public const uint ConstantByteValue = 0x06;
    public const uint ConstantInt16Value = 0x0f;
    public const uint ConstantInt32Value = 0x11;
    public const uint ConstantInt64Value = 0x13;
    public const uint ConstantSByteValue = 0x16;
    public const uint ConstantUInt16Value = 0x1c;
    public const uint ConstantUInt32Value = 0x1e;
    public const uint ConstantUInt64Value = 0x20;
    public const uint NamespaceDefinitionHandle = 0x2f;
    public const uint MemberReferenceHandle = 0x27;
    public const uint QualifiedMethodHandle = 0x36;
    public const uint TypeReferenceHandle = 0x3d;

    // A 64-bit number is stored as a 32-bit one unless its first byte's low five bits are
    // all set; then eight little-endian bytes follow (NativeReader.DecodeUnsignedLong).
    private const byte LongMarkerMask = 0x1F;

    // Namespaces nest far less deeply; the bound keeps a corrupt record from looping.
    private const int MaxNamespaceDepth = 64;

    private const int HandleTypeBits = 7;
    private const uint HandleTypeMask = (1u << HandleTypeBits) - 1;

    // FieldAttributes (ECMA-335 II.23.1.5): the named constants of an enum are static literals.
    private const uint FieldStatic = 0x10;
    private const uint FieldLiteral = 0x40;

    private readonly NativeReader _reader;

    public NativeMetadata(NativeReader reader) { _reader = reader; }

    public static NativeMetadata OfThisModule => new NativeMetadata(ModuleTables.EmbeddedMetadata);

    public bool IsPresent => _reader.Size > 0;

    /// <summary>The string of a ConstantStringValue record (UTF-8 bytes after their count), or
    /// null for a nil handle or a bad record.</summary>
    public string ReadString(uint offset)
    {
        if (offset == 0)
            return null;
        var parser = new NativeParser(_reader, offset);
        uint length = parser.GetUnsigned();
        if (parser.Failed || !_reader.Contains(parser.Offset, length))
            return null;
        return Utf8Text.Decode(_reader, parser.Offset, length);
    }

    /// <summary>A TypeDefinition record's name, namespace definition and enclosing type, and
    /// where its field list and its custom attribute list start.</summary>
    public bool ReadTypeDefinition(uint offset, out TypeDefinitionRecord record)
    {
        record = default;
        var parser = new NativeParser(_reader, offset);
        parser.GetUnsigned(); // flags
        parser.GetUnsigned(); // base type
        record.NamespaceDefinition = parser.GetUnsigned();
        record.Name = ReadString(parser.GetUnsigned());
        parser.GetUnsigned(); // size
        parser.GetUnsigned(); // packing size
        record.EnclosingType = parser.GetUnsigned();
        SkipCollection(ref parser); // nested types
        SkipCollection(ref parser); // methods
        record.Fields = parser.Offset;
        SkipCollection(ref parser); // fields
        SkipCollection(ref parser); // properties
        SkipCollection(ref parser); // events
        SkipCollection(ref parser); // generic parameters
        SkipCollection(ref parser); // interfaces
        record.Attributes = new Internal.Metadata.NativeFormat.TypeDefinition(parser.Offset);
        return !parser.Failed && record.Name != null;
    }

    /// <summary>The dotted name of a namespace definition ("" for the root namespace).</summary>
    public string NamespaceName(uint offset)
    {
        string name = "";
        for (int depth = 0; depth < MaxNamespaceDepth && offset != 0; depth++)
        {
            var parser = new NativeParser(_reader, offset);
            uint parent = parser.GetUnsigned();
            string part = ReadString(parser.GetUnsigned());
            if (parser.Failed)
                return name;
            if (part != null && part.Length > 0)
                name = name.Length == 0 ? part : $"{part}.{name}";
            if ((parent & HandleTypeMask) != NamespaceDefinitionHandle)
                break;
            offset = parent >> HandleTypeBits;
        }
        return name;
    }

    /// <summary>Whether the type carries the attribute whose type has this name (ignoring its
    /// namespace): each attribute's constructor is a method of a type definition (a
    /// QualifiedMethod) or a member of a type reference.</summary>
    public bool HasAttribute(in TypeDefinitionRecord type, string attributeTypeName)
    {
        var list = new NativeParser(_reader, type.Attributes.CustomAttributes);
        uint count = list.GetUnsigned();
        for (uint i = 0; i < count && !list.Failed; i++)
        {
            var attribute = new NativeParser(_reader, list.GetUnsigned());
            uint constructor = attribute.GetUnsigned();
            if (!attribute.Failed && AttributeTypeName(constructor) == attributeTypeName)
                return true;
        }
        return false;
    }

    private string AttributeTypeName(uint constructor)
    {
        var parser = new NativeParser(_reader, constructor >> HandleTypeBits);
        switch (constructor & HandleTypeMask)
        {
            case QualifiedMethodHandle:
                parser.GetUnsigned(); // method
                uint declaringType = parser.GetUnsigned();
                return !parser.Failed && ReadTypeDefinition(declaringType, out TypeDefinitionRecord record) ? record.Name : null;
            case MemberReferenceHandle:
                uint parent = parser.GetUnsigned();
                if (parser.Failed || (parent & HandleTypeMask) != TypeReferenceHandle)
                    return null;
                var reference = new NativeParser(_reader, parent >> HandleTypeBits);
                reference.GetUnsigned(); // parent namespace or type
                uint name = reference.GetUnsigned();
                return reference.Failed ? null : ReadString(name);
            default:
                return null;
        }
    }

    /// <summary>The number of fields in the list at fieldsOffset and the offset of the first handle.</summary>
    public uint FieldCount(uint fieldsOffset, out uint firstHandle)
    {
        var parser = new NativeParser(_reader, fieldsOffset);
        uint count = parser.GetUnsigned();
        firstHandle = parser.Offset;
        return parser.Failed ? 0 : count;
    }

    /// <summary>Reads the field handle at cursor (advancing it), and, when the field is a named
    /// constant (static literal) with an integer value, its name and value bits.</summary>
    public bool ReadConstantField(ref uint cursor, out string name, out ulong bits)
    {
        name = null;
        bits = 0;
        var handles = new NativeParser(_reader, cursor);
        uint field = handles.GetUnsigned();
        cursor = handles.Offset;
        var parser = new NativeParser(_reader, field);
        uint flags = parser.GetUnsigned();
        uint nameOffset = parser.GetUnsigned();
        parser.GetUnsigned(); // signature
        uint value = parser.GetUnsigned();
        if (handles.Failed || parser.Failed || (flags & (FieldStatic | FieldLiteral)) != (FieldStatic | FieldLiteral))
            return false;
        name = ReadString(nameOffset);
        return name != null && ReadConstant(value >> HandleTypeBits, value & HandleTypeMask, out bits);
    }

    // An integer constant record, as the raw bits of its value (sign-extended to 64 bits).
    private bool ReadConstant(uint offset, uint handleType, out ulong bits)
    {
        var parser = new NativeParser(_reader, offset);
        if ((handleType is ConstantInt64Value or ConstantUInt64Value) && (_reader.ReadByte(offset) & LongMarkerMask) == LongMarkerMask)
        {
            bits = _reader.ReadFixed(offset + 1, sizeof(uint)) | (ulong)_reader.ReadFixed(offset + 1 + sizeof(uint), sizeof(uint)) << 32;
            return _reader.Contains(offset + 1, sizeof(ulong));
        }
        bits = handleType switch
        {
            ConstantByteValue => parser.GetByte(),
            ConstantSByteValue => (ulong)(long)(sbyte)parser.GetByte(),
            ConstantInt16Value or ConstantInt32Value or ConstantInt64Value => (ulong)(long)parser.GetSigned(),
            ConstantUInt16Value or ConstantUInt32Value or ConstantUInt64Value => parser.GetUnsigned(),
            _ => 0,
        };
        return !parser.Failed && handleType is ConstantByteValue or ConstantSByteValue or ConstantInt16Value or ConstantInt32Value
            or ConstantInt64Value or ConstantUInt16Value or ConstantUInt32Value or ConstantUInt64Value;
    }

    private static void SkipCollection(ref NativeParser parser)
    {
        uint count = parser.GetUnsigned();
        for (uint i = 0; i < count && !parser.Failed; i++)
            parser.GetUnsigned();
    }
}
