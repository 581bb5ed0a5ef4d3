// Cpu: every assembly entry point the kernel calls, declared in one place (cpu.asm,
// interrupts.asm, entry.asm). DllImport("*") with a blittable signature compiles to a
// direct call of the named symbol, resolved when the kernel is linked. The short leaf
// helpers (port I/O, control registers, interrupt flag, timestamp) are marked
// SuppressGCTransition: the call is then just a call, without the transition bookkeeping
// around it (our collector scans stacks conservatively and needs none).
using System.Runtime.InteropServices;

namespace RalphOS.Kernel.Arch;

internal static unsafe class Cpu
{
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_inb")] public static extern byte InByte(ushort port);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_outb")] public static extern void OutByte(ushort port, byte value);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_inw")] public static extern ushort InWord(ushort port);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_outw")] public static extern void OutWord(ushort port, ushort value);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_inl")] public static extern uint InDword(ushort port);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_outl")] public static extern void OutDword(ushort port, uint value);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_mmio_read32")] public static extern uint MmioRead32(ulong address);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_mmio_write32")] public static extern void MmioWrite32(ulong address, uint value);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_insw")] public static extern void InWords(ushort port, void* buffer, nuint count);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_outsw")] public static extern void OutWords(ushort port, void* buffer, nuint count);

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_read_cr0")] public static extern ulong ReadCr0();
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_read_cr2")] public static extern ulong ReadCr2();
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_read_cr3")] public static extern ulong ReadCr3();
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_read_cr4")] public static extern ulong ReadCr4();

    [DllImport("*", EntryPoint = "ralph_load_gdt")] public static extern void LoadGdt(void* descriptor, ushort codeSelector, ushort dataSelector, ushort tssSelector);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_invlpg")] public static extern void InvalidatePage(ulong address);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_flush_tlb")] public static extern void FlushTlb();
    [DllImport("*", EntryPoint = "ralph_lidt")] public static extern void LoadIdt(void* descriptor);
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_cli")] public static extern void DisableInterrupts();
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_sti")] public static extern void EnableInterrupts();
    [DllImport("*", EntryPoint = "ralph_hlt")] public static extern void Halt();
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_pause")] public static extern void Pause();
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_read_rflags")] public static extern ulong ReadFlags();
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_read_rbp")] public static extern ulong ReadFramePointer();
    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_rdtsc")] public static extern ulong ReadTimestampCounter();
    [DllImport("*", EntryPoint = "ralph_reset_cpu")] public static extern void Reset();
    [DllImport("*", EntryPoint = "ralph_halt_forever")] public static extern void HaltForever();

    // Task switching (context_switch.asm).
    [DllImport("*", EntryPoint = "ralph_switch_context")] public static extern void SwitchContext(ulong* saveStackPointer, ulong nextStackPointer);
    [DllImport("*", EntryPoint = "ralph_task_trampoline_address")] public static extern ulong TaskTrampolineAddress();

    private const ulong InterruptFlag = 1UL << 9; // RFLAGS.IF

    // Disables interrupts and says whether they were on, for RestoreInterrupts: critical
    // sections that may be entered with interrupts either on or off.
    public static bool DisableInterruptsSaving()
    {
        bool wereEnabled = (ReadFlags() & InterruptFlag) != 0;
        DisableInterrupts();
        return wereEnabled;
    }

    public static void RestoreInterrupts(bool wereEnabled)
    {
        if (wereEnabled)
            EnableInterrupts();
    }

    // Table of the 256 interrupt entry stubs' addresses (interrupts.asm).
    [DllImport("*", EntryPoint = "ralph_isr_stub_address")] public static extern ulong IsrStubAddress(int vector);

    // Linker-script symbols (kernel.ld) giving the kernel's own extent.
    [DllImport("*", EntryPoint = "ralph_kernel_start")] public static extern ulong KernelStart();
    [DllImport("*", EntryPoint = "ralph_kernel_end")] public static extern ulong KernelEnd();
    // Where the kernel image's read-only data and its data (then bss) begin; code is below.
    [DllImport("*", EntryPoint = "ralph_kernel_rodata_start")] public static extern ulong KernelReadOnlyDataStart();
    [DllImport("*", EntryPoint = "ralph_kernel_data_start")] public static extern ulong KernelDataStart();
    [DllImport("*", EntryPoint = "ralph_modules_start")] public static extern void** ModulesStart();
    [DllImport("*", EntryPoint = "ralph_modules_end")] public static extern void** ModulesEnd();
    [DllImport("*", EntryPoint = "ralph_boot_stack_bottom")] public static extern ulong BootStackBottom();
    [DllImport("*", EntryPoint = "ralph_boot_stack_top")] public static extern ulong BootStackTop();
}
