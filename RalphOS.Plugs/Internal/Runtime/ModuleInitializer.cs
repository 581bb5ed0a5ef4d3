// ModuleInitializer: brings the compiled module's static data to life before any other
// managed code runs. The compiler leaves, per module, a ReadyToRun header (reached through
// the pointers in the linker section __modules) listing sections by id; we handle:
//   GC static region: each entry points to a block whose first word holds a MethodTable
//     pointer tagged "uninitialized" (and maybe "has pre-initialized data"); we allocate
//     the object holding the type's reference-type statics, copy any pre-initialized data
//     in, and store the object reference into the block.
//   Eager class constructors: static constructors that must run at start-up, in order.
//   Type loader tables (generic virtual methods): recorded in TypeLoader.ModuleTables.
// Frozen objects (string literals, pre-initialized arrays and objects) need no work: they
// are already valid objects in the image; the region is recorded for the collector.
// See dotnet/runtime ModuleHeaders.h for the format.
using System;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime;

public static unsafe class ModuleInitializer
{
    private const uint ReadyToRunSignature = 0x00525452; // "RTR"
    private const int GCStaticRegionSection = 201;
    private const int EagerCctorSection = 205;
    private const int FrozenObjectRegionSection = 206;
    private const nint GCStaticUninitialized = 0x1;
    private const nint GCStaticHasPreInitializedData = 0x2;
    private const nint GCStaticFlagMask = 0x3;

    // The GC static region (one module per image): the garbage collector's static roots.
    internal static byte* GCStaticRegionStart;
    internal static byte* GCStaticRegionEnd;

    // Objects the compiler built into the image (string literals, and objects created by
    // static constructors it ran at compile time). They live in writable data, so code may
    // store heap references into them: the collector scans them as roots.
    internal static byte* FrozenRegionStart;
    internal static byte* FrozenRegionEnd;

    private struct ReadyToRunHeader
    {
        public uint Signature;
        public ushort MajorVersion;
        public ushort MinorVersion;
        public uint Flags;
        public ushort NumberOfSections;
        public byte EntrySize;
        public byte EntryType;
    }

    private struct ModuleSection
    {
        public int SectionId;
        public int Flags;
        public byte* Start;
        public byte* End;
    }

    // Returns false when a module header is malformed or the image holds more than one
    // module with GC statics (the caller panics with context).
    public static bool InitializeAll(void** modulesStart, void** modulesEnd)
    {
        for (void** module = modulesStart; module < modulesEnd; module++)
        {
            ReadyToRunHeader* header = (ReadyToRunHeader*)*module;
            if (header == null)
                continue;
            if (header->Signature != ReadyToRunSignature)
                return false;
            ModuleSection* sections = (ModuleSection*)(header + 1);
            for (int i = 0; i < header->NumberOfSections; i++)
            {
                TypeLoader.ModuleTables.Record(sections[i].SectionId, sections[i].Start, sections[i].End);
                if (sections[i].SectionId == FrozenObjectRegionSection && FrozenRegionStart == null)
                {
                    FrozenRegionStart = sections[i].Start;
                    FrozenRegionEnd = sections[i].End;
                }
                if (sections[i].SectionId != GCStaticRegionSection)
                    continue;
                if (GCStaticRegionStart != null)
                    return false; // a second module: the collector tracks one region
                GCStaticRegionStart = sections[i].Start;
                GCStaticRegionEnd = sections[i].End;
                InitializeGCStatics(sections[i].Start, sections[i].End);
            }
            for (int i = 0; i < header->NumberOfSections; i++)
            {
                if (sections[i].SectionId == EagerCctorSection)
                    RunEagerClassConstructors(sections[i].Start, sections[i].End);
            }
        }
        return true;
    }

    // Entries are 32-bit offsets relative to their own address.
    private static byte* ReadRelativePointer(void* location) => (byte*)location + *(int*)location;

    private static void InitializeGCStatics(byte* start, byte* end)
    {
        for (byte* entry = start; entry < end; entry += sizeof(int))
        {
            nint* block = (nint*)ReadRelativePointer(entry);
            nint tagged = (nint)ReadRelativePointer(block);
            if ((tagged & GCStaticUninitialized) == 0)
                continue;
            MethodTable* type = (MethodTable*)(tagged & ~GCStaticFlagMask);
            object statics = RuntimeExports.AllocateObject(type);
            if ((tagged & GCStaticHasPreInitializedData) != 0)
            {
                byte* data = ReadRelativePointer((int*)block + 1);
                byte* fields = (byte*)RuntimeExports.ObjectAddress(statics) + sizeof(nint);
                Buffer.MemoryCopy(data, fields, type->BaseSize - (nuint)(2 * sizeof(nint)));
            }
            *block = (nint)RuntimeExports.ObjectAddress(statics);
        }
    }

    private static void RunEagerClassConstructors(byte* start, byte* end)
    {
        for (byte* entry = start; entry < end; entry += sizeof(int))
            ((delegate*<void>)ReadRelativePointer(entry))();
    }
}
