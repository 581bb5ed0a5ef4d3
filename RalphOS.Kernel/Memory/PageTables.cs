// PageTables: changes to the identity mapping stage 2 built (4-level paging, 2 MiB pages
// except the first 2 MiB). To unmap a single 4 KiB page - a stack guard page - its 2 MiB
// page is first split into a page table of 512 small pages with the same attributes.
// Entry format: Intel SDM vol. 3, 4.5 "4-level paging".
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Memory;

internal static unsafe class PageTables
{
    private const ulong Present = 1UL << 0;
    private const ulong Writable = 1UL << 1;
    private const ulong LargePage = 1UL << 7;
    private const ulong AddressMask = 0x000F_FFFF_FFFF_F000;
    private const ulong LargePageSize = 2 * 1024 * 1024;
    private const int EntriesPerTable = 512;

    public static bool Unmap(ulong address) => SetPresent(address, present: false);

    public static bool Map(ulong address) => SetPresent(address, present: true);

    private static bool SetPresent(ulong address, bool present)
    {
        ulong* entry = SmallPageEntry(address);
        if (entry == null)
            return false;
        *entry = present ? *entry | Present : *entry & ~Present;
        Cpu.InvalidatePage(address);
        return true;
    }

    // The 4 KiB page-table entry mapping address, splitting a 2 MiB page if needed.
    private static ulong* SmallPageEntry(ulong address)
    {
        ulong* pml4 = (ulong*)(Cpu.ReadCr3() & AddressMask);
        ulong* pdpt = NextLevel(pml4, (int)((address >> 39) & 511));
        if (pdpt == null)
            return null;
        ulong* directory = NextLevel(pdpt, (int)((address >> 30) & 511));
        if (directory == null)
            return null;
        ulong* directoryEntry = directory + ((address >> 21) & 511);
        if ((*directoryEntry & Present) == 0)
            return null;
        if ((*directoryEntry & LargePage) != 0 && !Split(directoryEntry, address & ~(LargePageSize - 1)))
            return null;
        ulong* table = (ulong*)(*directoryEntry & AddressMask);
        return table + ((address >> 12) & 511);
    }

    private static ulong* NextLevel(ulong* table, int index)
    {
        ulong entry = table[index];
        return (entry & Present) == 0 ? null : (ulong*)(entry & AddressMask);
    }

    private static bool Split(ulong* directoryEntry, ulong largePageBase)
    {
        ulong* table = (ulong*)KernelMemory.TryAllocatePages(KernelMemory.PageSize);
        if (table == null)
            return false;
        ulong flags = *directoryEntry & ~AddressMask & ~LargePage;
        for (int i = 0; i < EntriesPerTable; i++)
            table[i] = (largePageBase + (ulong)i * KernelMemory.PageSize) | flags;
        *directoryEntry = (ulong)table | Present | Writable;
        for (ulong page = 0; page < LargePageSize; page += KernelMemory.PageSize)
            Cpu.InvalidatePage(largePageBase + page);
        return true;
    }
}
