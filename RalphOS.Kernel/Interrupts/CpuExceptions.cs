// CpuExceptions: the names of the 32 CPU exception vectors (Intel SDM vol. 3, table 6-1),
// for panic messages.
namespace RalphOS.Kernel.Interrupts;

internal static class CpuExceptions
{
    public const int Count = 32;
    public const int PageFault = 14;

    public static string Name(ulong vector) => vector switch
    {
        0 => "Divide Error (#DE)",
        1 => "Debug (#DB)",
        2 => "Non-Maskable Interrupt",
        3 => "Breakpoint (#BP)",
        4 => "Overflow (#OF)",
        5 => "BOUND Range Exceeded (#BR)",
        6 => "Invalid Opcode (#UD)",
        7 => "Device Not Available (#NM)",
        8 => "Double Fault (#DF)",
        9 => "Coprocessor Segment Overrun",
        10 => "Invalid TSS (#TS)",
        11 => "Segment Not Present (#NP)",
        12 => "Stack-Segment Fault (#SS)",
        13 => "General Protection (#GP)",
        14 => "Page Fault (#PF)",
        16 => "x87 Floating-Point Error (#MF)",
        17 => "Alignment Check (#AC)",
        18 => "Machine Check (#MC)",
        19 => "SIMD Floating-Point Exception (#XM)",
        20 => "Virtualization Exception (#VE)",
        21 => "Control Protection Exception (#CP)",
        _ => "Reserved",
    };
}
