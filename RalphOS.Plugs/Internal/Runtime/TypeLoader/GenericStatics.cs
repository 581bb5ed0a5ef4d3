// GenericStatics: the static fields of instantiated generic types that shared code reaches
// through its dictionary (a StaticData slot names the type and which part it wants: 1 the
// GC statics, 2 the non-GC statics). The code expects
//   GC statics      the address of a word holding the object whose fields are the type's
//                   reference (and other GC-tracked) statics
//   non-GC statics  the address of the plain data; when the type has a static
//                   constructor, the word before it is the construction context (the
//                   cctor's address until it has run: ClassConstructorRunner)
// Types in the image have theirs listed in the statics info hashtable (type, then a bag
// of GcStaticData 0x43 / NonGcStaticData 0x42: indices into the native statics table).
// Types the loader builds get theirs here, from the sizes and GC layout in their template;
// the word holding the GC statics object is registered as a collector root.
using System.Runtime;

namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericStatics
{
    public const uint GcStatics = 1;
    public const uint NonGcStatics = 2;
    private const uint BagEnd = 0x00;
    private const uint BagNonGcStaticData = 0x42;
    private const uint BagGcStaticData = 0x43;
    private const int MaxBuilt = 256;

    // What a built type's template says about its statics.
    public struct Layout
    {
        public bool HasClassConstructor;
        public uint ClassConstructorIndex;
        public bool HasGcStatics;
        public uint GcStaticsTypeIndex;
        public uint NonGcSize;
    }

    private struct Entry
    {
        public MethodTable* Type;
        public nint* GcStatics;
        public byte* NonGcStatics;
    }

    private static NativePointerList _built = new NativePointerList(MaxBuilt);

    public static void* Get(MethodTable* type, uint kind, out string problem)
    {
        problem = null;
        for (int i = 0; i < _built.Count; i++)
        {
            Entry* built = (Entry*)_built[i];
            if (built->Type == type)
                return kind == GcStatics ? built->GcStatics : built->NonGcStatics;
        }
        NativeHashtable table = new NativeHashtable(ModuleTables.StaticsInfoHashtable, 0);
        NativeHashtable.Enumerator entries = table.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            if ((MethodTable*)ModuleTables.NativeReferences[entry.GetUnsigned()] != type || entry.Failed)
                continue;
            uint wanted = kind == GcStatics ? BagGcStaticData : BagNonGcStaticData;
            for (uint element = entry.GetUnsigned(); element != BagEnd && !entry.Failed; element = entry.GetUnsigned())
            {
                uint index = entry.GetUnsigned();
                if (element == wanted)
                    return ModuleTables.NativeStatics[index];
            }
        }
        problem = "the static fields of a generic type that has none this runtime can find";
        return null;
    }

    public static bool Create(MethodTable* type, Layout layout, out string problem)
    {
        problem = null;
        Entry* entry = (Entry*)ManagedHeap.AllocateNative((nuint)sizeof(Entry));
        if (entry == null)
        {
            problem = "memory ran out";
            return false;
        }
        entry->Type = type;
        if (layout.HasGcStatics)
        {
            MethodTable* staticsType = (MethodTable*)ModuleTables.NativeStatics[layout.GcStaticsTypeIndex];
            entry->GcStatics = (nint*)ManagedHeap.AllocateNative((nuint)sizeof(nint));
            if (staticsType == null || entry->GcStatics == null || !GarbageCollector.RegisterRoot(entry->GcStatics))
            {
                problem = "room for a generic type's static fields";
                return false;
            }
            *entry->GcStatics = (nint)RuntimeExports.ObjectAddress(RuntimeExports.AllocateObject(staticsType));
        }
        nuint contextSize = layout.HasClassConstructor ? (nuint)sizeof(nint) : 0;
        if (layout.HasClassConstructor || layout.NonGcSize > 0)
        {
            byte* block = ManagedHeap.AllocateNative(contextSize + layout.NonGcSize);
            if (block == null)
            {
                problem = "memory ran out";
                return false;
            }
            entry->NonGcStatics = block + contextSize;
            if (layout.HasClassConstructor && !SetClassConstructor((nint*)block, type, layout.ClassConstructorIndex, out problem))
                return false;
        }
        if (!_built.Add(entry))
        {
            problem = "the table of built generic types' statics is full";
            return false;
        }
        return true;
    }

    // The construction context of a built type: a fat pointer to the shared cctor and the
    // type, which that code takes as its generic context.
    private static bool SetClassConstructor(nint* context, MethodTable* type, uint index, out string problem)
    {
        problem = null;
        nint code = (nint)ModuleTables.NativeStatics[index];
        *context = code == 0 ? 0 : FatPointers.Make(code, (nint)type);
        if (*context == 0)
            problem = "a generic type's static constructor";
        return *context != 0;
    }
}
