// InterfaceDispatch: finds the method an interface call lands on, for calls the compiler
// could not bind (RhpInitialDynamicInterfaceDispatch in interface_dispatch.asm).
//
// A call site's dispatch cell is {stub, interface}: the second word is the interface's
// MethodTable as a pointer tagged in its low 2 bits (3: 32-bit relative to the word, 2: the
// same but pointing at a pointer, 1: absolute; untagged and below 0x1000: a vtable byte
// offset). Cells come in groups ended by a cell whose stub is 0 and whose second word holds
// the interface method's slot (dotnet/runtime rhbinder.h). The object's type, or one of its
// base types, maps (interface index, interface slot) to its own vtable slot in its dispatch
// map; slots past the vtable are "sealed" slots in a separate table. Results are kept in a
// small direct-mapped cache keyed by (cell, type).
using System.Runtime.InteropServices;
using Internal.Runtime.CompilerHelpers;

namespace Internal.Runtime;

internal static unsafe class InterfaceDispatch
{
    private const nint TagMask = 0x3;
    private const nint TagRelative = 0x3;
    private const nint TagIndirectRelative = 0x2;
    private const nint TagAbsolute = 0x1;
    private const nint MaxVTableOffsetPlusOne = 0x1000;
    private const int CacheEntries = 4096; // power of two

    private struct CacheEntry
    {
        public nint Cell;
        public MethodTable* Type;
        public nint Target;
    }

    private static CacheEntry* _cache;

    [UnmanagedCallersOnly(EntryPoint = "ralph_resolve_interface_call")]
    private static nint Resolve(nint self, nint* cell)
    {
        if (self == 0)
            ThrowHelpers.ThrowNullReferenceException();
        MethodTable* type = *(MethodTable**)self;
        CacheEntry* slotInCache = CacheSlot(cell, type);
        if (slotInCache != null && slotInCache->Cell == (nint)cell && slotInCache->Type == type)
            return slotInCache->Target;

        nint target = ResolveUncached(type, cell);
        if (slotInCache != null)
        {
            slotInCache->Cell = (nint)cell;
            slotInCache->Type = type;
            slotInCache->Target = target;
        }
        return target;
    }

    private static nint ResolveUncached(MethodTable* type, nint* cell)
    {
        nint tagged = cell[1];
        nint tag = tagged & TagMask;
        if (tag == 0 && tagged < MaxVTableOffsetPlusOne)
            return *(nint*)((byte*)type + tagged);
        MethodTable* interfaceType = tag switch
        {
            TagRelative => (MethodTable*)(((nint)(cell + 1) + (int)tagged) & ~TagMask),
            TagIndirectRelative => *(MethodTable**)(((nint)(cell + 1) + (int)tagged) & ~TagMask),
            _ => (MethodTable*)(tagged & ~TagMask),
        };
        nint* terminator = cell;
        while (terminator[0] != 0)
            terminator += 2;
        ushort interfaceSlot = (ushort)terminator[1];

        nint target = DispatchMaps.FindImplementation(type, interfaceType, interfaceSlot);
        if (target == 0)
            ThrowHelpers.ThrowInvalidCast((nuint)type, (nuint)interfaceType);
        return target;
    }

    private static CacheEntry* CacheSlot(nint* cell, MethodTable* type)
    {
        if (_cache == null)
        {
            _cache = (CacheEntry*)ManagedHeap.AllocateNative((nuint)(CacheEntries * sizeof(CacheEntry)));
            if (_cache == null)
                return null;
        }
        nuint hash = ((nuint)cell >> 3) ^ ((nuint)type >> 4) * 31;
        return _cache + (int)(hash & (CacheEntries - 1));
    }
}
