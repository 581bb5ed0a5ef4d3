// TypeNames: the names .NET gives a type (Type.Name, Namespace, FullName and ToString), for
// RuntimeType and so for GetType(), typeof and object.ToString(). They come from the
// TypeDefinition record ILC embedded for the type (TypeMetadataMap): "Outer+Inner" for a
// nested type, "List`1" as a generic definition's name, "List`1[System.Int32]" for an
// instantiation (its FullName is the same string: .NET's adds assembly names), "Int32[]" for
// an array. A type without metadata falls back to its symbol name (Panic.DescribeType).
using System;

namespace Internal.Runtime.Reflection;

internal static unsafe class TypeNames
{
    // An SZ array's base size, and each dimension's bound and lower bound of an MD array
    // (dotnet/runtime: SZARRAY_BASE_SIZE and the MD array layout).
    private static readonly uint SzArrayBaseSize = (uint)(3 * sizeof(nint));
    private const uint BytesPerDimension = 2 * sizeof(int);
    private const int MaxNestingDepth = 32;

    public static string Name(MethodTable* type)
    {
        if (type->IsArray)
            return $"{Name(type->RelatedType)}{ArraySuffix(type)}";
        NativeMetadata metadata = NativeMetadata.OfThisModule;
        uint offset = TypeMetadataMap.Find(type);
        if (offset == 0 || !metadata.ReadTypeDefinition(offset, out TypeDefinitionRecord record))
            return Panic.DescribeType((nuint)type);
        return record.Name;
    }

    public static string Namespace(MethodTable* type)
    {
        if (type->IsArray)
            return Namespace(type->RelatedType);
        NativeMetadata metadata = NativeMetadata.OfThisModule;
        uint offset = TypeMetadataMap.Find(type);
        if (offset == 0 || !metadata.ReadTypeDefinition(offset, out TypeDefinitionRecord record))
            return null;
        for (int depth = 0; depth < MaxNestingDepth && record.EnclosingType != 0; depth++)
        {
            if (!metadata.ReadTypeDefinition(record.EnclosingType, out record))
                return null;
        }
        return metadata.NamespaceName(record.NamespaceDefinition);
    }

    /// <summary>Type.ToString(): the full name, with a generic instantiation's type arguments
    /// in brackets ("System.Collections.Generic.List`1[System.Int32]").</summary>
    public static string Display(MethodTable* type)
    {
        if (type->IsArray)
            return $"{Display(type->RelatedType)}{ArraySuffix(type)}";
        string name = QualifiedDefinitionName(type);
        if (!type->IsGeneric)
            return name;
        string arguments = "";
        for (uint i = 0; i < type->GenericArity; i++)
            arguments = i == 0 ? Display(type->GenericArgument(i)) : $"{arguments},{Display(type->GenericArgument(i))}";
        return $"{name}[{arguments}]";
    }

    // "Namespace.Outer+Inner" of the type (of its generic definition for an instantiation).
    private static string QualifiedDefinitionName(MethodTable* type)
    {
        NativeMetadata metadata = NativeMetadata.OfThisModule;
        uint offset = TypeMetadataMap.Find(type);
        if (offset == 0 || !metadata.ReadTypeDefinition(offset, out TypeDefinitionRecord record))
            return Panic.DescribeType((nuint)type);
        string name = record.Name;
        for (int depth = 0; depth < MaxNestingDepth && record.EnclosingType != 0; depth++)
        {
            if (!metadata.ReadTypeDefinition(record.EnclosingType, out record))
                return name;
            name = $"{record.Name}+{name}";
        }
        string space = metadata.NamespaceName(record.NamespaceDefinition);
        return space.Length == 0 ? name : $"{space}.{name}";
    }

    private static string ArraySuffix(MethodTable* type)
    {
        if (type->ElementType == MethodTable.ElementTypeSzArray)
            return "[]";
        int rank = (int)((type->BaseSize - SzArrayBaseSize) / BytesPerDimension);
        return rank <= 1 ? "[*]" : $"[{new string(',', rank - 1)}]";
    }
}
