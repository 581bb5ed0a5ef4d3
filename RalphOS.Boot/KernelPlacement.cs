// KernelPlacement: where the kernel segment goes in memory, derived from the linked ELF.
//
// load address = the lowest p_paddr of the PT_LOAD headers; memory size = the highest
// p_vaddr + p_memsz minus that (so .bss is included and the loader zeroes it). The loader
// jumps to the load address, so the ELF entry point must be exactly there (link the entry
// function first), and kernel.bin (objcopy -O binary) must fit inside that span.
// Used by ImageBuilder.
namespace RalphOS.Boot;

public sealed class KernelPlacement
{
    public ulong LoadAddress { get; private init; }
    public uint MemorySize { get; private init; }

    public static KernelPlacement From(ElfFile elf, long binaryLength)
    {
        ulong lowest = ulong.MaxValue;
        ulong highestEnd = 0;
        foreach (ElfProgramHeader program in elf.ProgramHeaders)
        {
            if (!program.IsLoad || program.MemorySize == 0)
            {
                continue;
            }
            if (program.PhysicalAddress < lowest)
            {
                lowest = program.PhysicalAddress;
            }
            ulong end = program.VirtualAddress + program.MemorySize;
            if (end > highestEnd)
            {
                highestEnd = end;
            }
        }
        if (lowest == ulong.MaxValue)
        {
            throw new ImageToolException("kernel ELF has no PT_LOAD program header with memory to load");
        }
        if (highestEnd <= lowest || highestEnd - lowest > uint.MaxValue)
        {
            throw new ImageToolException($"kernel ELF spans 0x{lowest:X} to 0x{highestEnd:X}: not a usable kernel layout");
        }
        ulong span = highestEnd - lowest;
        if (elf.Entry != lowest)
        {
            throw new ImageToolException(
                $"kernel ELF entry point 0x{elf.Entry:X} is not its load address 0x{lowest:X}: the loader jumps to the first byte, so link the entry function first");
        }
        if ((ulong)binaryLength > span)
        {
            throw new ImageToolException(
                $"kernel binary ({binaryLength} bytes) is larger than the ELF's loaded span ({span} bytes): are kernel.bin and kernel.elf from the same link?");
        }
        return new KernelPlacement { LoadAddress = lowest, MemorySize = (uint)span };
    }
}
