// TypeMetadataMap: which TypeDefinition record of the embedded metadata describes a
// MethodTable. ILC writes the pairs into a native hashtable (the "type map" section, ILC's
// TypeMetadataMapNode): each entry is the index of the MethodTable in the common fixups
// table and the handle of its TypeDefinition (type << 25 | offset). A generic instantiation
// is looked up by its generic definition. The last lookups are kept, so formatting the same
// enum again does not walk the table. TypeNames and EnumInfo call this.
using Internal.Runtime.TypeLoader;

namespace Internal.Runtime.Reflection;

internal static unsafe class TypeMetadataMap
{
    private const int HandleOffsetBits = 25;
    private const uint HandleOffsetMask = (1u << HandleOffsetBits) - 1;
    private const uint TypeDefinitionHandle = 0x3a;
    private const int CacheSize = 8;

    // Each slot is replaced whole (one reference store), so a task switch mid-update never
    // pairs a type with another type's offset.
    private static readonly CacheEntry[] _cache = new CacheEntry[CacheSize];
    private static int _nextCacheSlot;

    private sealed class CacheEntry
    {
        public readonly nuint Type;
        public readonly uint Offset;

        public CacheEntry(nuint type, uint offset)
        {
            Type = type;
            Offset = offset;
        }
    }

    /// <summary>The offset of the type's TypeDefinition record, or 0 when ILC gave it no metadata.</summary>
    public static uint Find(MethodTable* type)
    {
        if (type->IsGeneric)
            type = type->GenericDefinition;
        for (int i = 0; i < CacheSize; i++)
        {
            CacheEntry entry = _cache[i];
            if (entry != null && entry.Type == (nuint)type)
                return entry.Offset;
        }
        uint offset = Search(type);
        int slot = _nextCacheSlot;
        _nextCacheSlot = (slot + 1) % CacheSize;
        _cache[slot] = new CacheEntry((nuint)type, offset);
        return offset;
    }

    private static uint Search(MethodTable* type)
    {
        if (ModuleTables.TypeMap.Size == 0)
            return 0;
        NativeHashtable map = new NativeHashtable(ModuleTables.TypeMap, 0);
        NativeHashtable.Enumerator entries = map.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            MethodTable* mapped = (MethodTable*)ModuleTables.CommonFixups[entry.GetUnsigned()];
            uint handle = entry.GetUnsigned();
            if (mapped == type && !entry.Failed && handle >> HandleOffsetBits == TypeDefinitionHandle)
                return handle & HandleOffsetMask;
        }
        return 0;
    }
}
