// PhysicalMemory: the machine's RAM as the BIOS E820 map reports it. Answers how much is
// usable and where the largest free stretch above the kernel lies (the managed heap goes
// there). Reads the map stage 2 left in low memory; never writes it.
using RalphOS.Kernel.Boot;

namespace RalphOS.Kernel.Memory;

internal static unsafe class PhysicalMemory
{
    private static BootInfo* _bootInfo;

    public static void Initialize(BootInfo* bootInfo)
    {
        _bootInfo = bootInfo;
    }

    public static ulong UsableBytes
    {
        get
        {
            ulong total = 0;
            for (uint i = 0; i < _bootInfo->E820Count; i++)
            {
                E820Entry* entry = _bootInfo->E820Entries + i;
                if (entry->Type == E820Entry.TypeUsable)
                    total += entry->Length;
            }
            return total;
        }
    }

    // The largest usable range at or above `floor`, clipped to mapped memory.
    public static bool FindLargestFreeRange(ulong floor, out ulong start, out ulong length)
    {
        start = 0;
        length = 0;
        ulong mappedEnd = _bootInfo->MappedBytes;
        for (uint i = 0; i < _bootInfo->E820Count; i++)
        {
            E820Entry* entry = _bootInfo->E820Entries + i;
            if (entry->Type != E820Entry.TypeUsable)
                continue;
            ulong rangeStart = entry->Base < floor ? floor : entry->Base;
            ulong rangeEnd = entry->Base + entry->Length;
            if (rangeEnd > mappedEnd)
                rangeEnd = mappedEnd;
            if (rangeEnd <= rangeStart)
                continue;
            if (rangeEnd - rangeStart > length)
            {
                start = rangeStart;
                length = rangeEnd - rangeStart;
            }
        }
        return length != 0;
    }
}
