// KernelStacks: which stack an address belongs to, for the garbage collector's stack scan.
// Today there is one: the boot stack reserved in entry.asm. Task stacks join when the
// scheduler arrives.
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Memory;

internal static class KernelStacks
{
    // The top (highest address, exclusive) of the stack holding `address`; 0 if unknown.
    public static nint TopOf(nint address)
    {
        nint bottom = (nint)Cpu.BootStackBottom();
        nint top = (nint)Cpu.BootStackTop();
        return address >= bottom && address < top ? top : 0;
    }
}
