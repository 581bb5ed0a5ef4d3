// EnumInfo: the named constants of one enum type, read once from the embedded metadata and
// kept: names and values sorted by value as unsigned numbers (the order .NET's GetNames and
// GetValues use; stable, so of two names for one value the first declared comes first), the
// underlying type's size and sign, and whether it is [Flags]. System.Enum formats and parses with it. ILC emits the
// constants of every enum a program boxes or names by typeof; an enum without them gets an
// EnumInfo with no names (values then format as numbers, as .NET does for unnamed values).
using System;

namespace Internal.Runtime.Reflection;

internal sealed unsafe class EnumInfo
{
    // EETypeElementType values of the signed integer types (MethodTable.h).
    private const int ElementTypeSByte = 0x04;
    private const int ElementTypeInt16 = 0x06;
    private const int ElementTypeInt32 = 0x08;
    private const int ElementTypeInt64 = 0x0A;
    private const int MaxCached = 64;
    private const string FlagsAttributeName = "FlagsAttribute";

    private static EnumInfo[] _cache = new EnumInfo[8];
    private static int _cacheCount;

    private readonly nuint _type;

    private EnumInfo(MethodTable* type)
    {
        _type = (nuint)type;
        int elementType = type->ElementType;
        Size = (int)type->ValueTypeDataSize;
        IsSigned = elementType is ElementTypeSByte or ElementTypeInt16 or ElementTypeInt32 or ElementTypeInt64;
        Names = Array.Empty<string>();
        Values = Array.Empty<ulong>();
        ReadConstants(type);
    }

    public string[] Names { get; private set; }

    public ulong[] Values { get; private set; }

    public int Size { get; }

    public bool IsSigned { get; }

    /// <summary>Whether the enum is marked [Flags] (ToString then lists the names of a combination).</summary>
    public bool IsFlags { get; private set; }

    public static bool IsEnum(MethodTable* type) => type->IsValueType && type->BaseType == MethodTable.Of<Enum>();

    /// <summary>The enum's info (kept), or null when the type is not an enum.</summary>
    public static EnumInfo Of(MethodTable* type)
    {
        if (!IsEnum(type))
            return null;
        // The count is read before the array and raised after the store, so a task switched
        // in mid-update sees only filled slots.
        int count = _cacheCount;
        EnumInfo[] cache = _cache;
        for (int i = 0; i < count; i++)
        {
            if (cache[i]._type == (nuint)type)
                return cache[i];
        }
        var info = new EnumInfo(type);
        if (count < MaxCached && count == _cacheCount)
        {
            if (count == _cache.Length)
                Array.Resize(ref _cache, count * 2);
            _cache[count] = info;
            _cacheCount = count + 1;
        }
        return info;
    }

    /// <summary>The value's bits as an unsigned number of the enum's size.</summary>
    public ulong Truncate(ulong bits) => Size >= sizeof(ulong) ? bits : bits & ((1UL << (Size * 8)) - 1);

    /// <summary>The bits sign-extended to 64 when the underlying type is signed.</summary>
    public long AsSigned(ulong bits) => Size >= sizeof(ulong) ? (long)bits : (long)(bits << (64 - Size * 8)) >> (64 - Size * 8);

    /// <summary>The first name declared for the value, or null.</summary>
    public string NameOf(ulong bits)
    {
        bits = Truncate(bits);
        for (int i = 0; i < Values.Length; i++)
        {
            if (Values[i] == bits)
                return Names[i];
        }
        return null;
    }

    /// <summary>The value as a decimal number, signed or not as the underlying type.</summary>
    public string FormatNumber(ulong bits) => IsSigned ? AsSigned(bits).ToString() : Truncate(bits).ToString();

    private void ReadConstants(MethodTable* type)
    {
        NativeMetadata metadata = NativeMetadata.OfThisModule;
        uint offset = TypeMetadataMap.Find(type);
        if (offset == 0 || !metadata.ReadTypeDefinition(offset, out TypeDefinitionRecord record))
            return;
        IsFlags = metadata.HasAttribute(record, FlagsAttributeName);
        uint count = metadata.FieldCount(record.Fields, out uint cursor);
        var names = new string[count];
        var values = new ulong[count];
        int found = 0;
        for (uint i = 0; i < count; i++)
        {
            if (!metadata.ReadConstantField(ref cursor, out string name, out ulong bits))
                continue;
            // Insertion sort by unsigned value, after any equal value (stable).
            ulong value = Truncate(bits);
            int at = found;
            while (at > 0 && values[at - 1] > value)
            {
                names[at] = names[at - 1];
                values[at] = values[at - 1];
                at--;
            }
            names[at] = name;
            values[at] = value;
            found++;
        }
        if (found < count)
        {
            Array.Resize(ref names, found);
            Array.Resize(ref values, found);
        }
        Names = names;
        Values = values;
    }
}
