// DispatchMaps: reads the compiler's per-type dispatch maps to find which vtable slot
// implements an interface method. Layout after a MethodTable's fixed part (.NET 9+
// NativeAOT, verified against ILC 10 output): the vtable, the interface map (one pointer
// per interface), then 32-bit self-relative pointers: type manager, writable data, the
// dispatch map (when flagged), the finalizer (when finalizable), then the sealed-slot
// table (when flagged). A dispatch map is four 16-bit counts (standard, default, and two
// static kinds) followed by 6-byte entries {interface index, interface slot, impl slot}.
namespace Internal.Runtime;

internal static unsafe class DispatchMaps
{
    private const int EntrySize = 6;
    private const int HeaderSize = 8;

    // The implementing method's address, or 0 when the type does not implement it.
    public static nint FindImplementation(MethodTable* objectType, MethodTable* interfaceType, ushort interfaceSlot)
    {
        for (MethodTable* type = objectType; type != null; type = type->IsArray ? null : type->RelatedType)
        {
            ushort* map = type->DispatchMap;
            if (map == null)
                continue;
            int standard = map[0];
            int defaults = map[1];
            byte* entries = (byte*)map + HeaderSize;
            for (int i = 0; i < type->NumInterfaces; i++)
            {
                if (type->InterfaceMap[i] != interfaceType)
                    continue;
                int implSlot = FindSlot(entries, standard, i, interfaceSlot);
                if (implSlot < 0)
                    implSlot = FindSlot(entries + standard * EntrySize, defaults, i, interfaceSlot);
                if (implSlot >= 0)
                    return SlotTarget(objectType, type, implSlot);
            }
        }
        return 0;
    }

    private static int FindSlot(byte* entries, int count, int interfaceIndex, ushort interfaceSlot)
    {
        for (int e = 0; e < count; e++)
        {
            ushort* entry = (ushort*)(entries + e * EntrySize);
            if (entry[0] == interfaceIndex && entry[1] == interfaceSlot)
                return entry[2];
        }
        return -1;
    }

    // Ordinary slots are read from the object's own type, so overrides in derived classes
    // win; sealed slots belong to the type whose map named them.
    private static nint SlotTarget(MethodTable* objectType, MethodTable* mapOwner, int implSlot)
    {
        if (implSlot < objectType->NumVtableSlots)
            return *(nint*)((byte*)objectType + sizeof(MethodTable) + implSlot * sizeof(nint));
        int* sealedTable = mapOwner->SealedVirtualSlots;
        if (sealedTable == null)
            return 0;
        int* entry = sealedTable + (implSlot - mapOwner->NumVtableSlots);
        return (nint)((byte*)entry + *entry);
    }
}
