; cpu.asm: single-instruction helpers C# cannot express: port I/O, memory-mapped register
; access (a load or store the compiler can neither drop nor merge), control registers,
; descriptor tables, interrupt flag, halting. Each is declared for C# in Arch/Cpu.cs.
; System V calling convention: arguments in rdi, rsi, rdx; result in rax.
; Every assembly entry point (here and in the other .asm files) is declared
; `global NAME:function (NAME.end - NAME)`: an ELF symbol with a type and a size, which the
; image tool copies into the kernel's symbol table, so panics, backtraces and the profiler
; name it (a bare label is an untyped, sizeless symbol the tool leaves out), and gdb too.
bits 64
default rel
section .text

global ralph_inb:function (ralph_inb.end - ralph_inb)
global ralph_outb:function (ralph_outb.end - ralph_outb)
global ralph_inw:function (ralph_inw.end - ralph_inw)
global ralph_outw:function (ralph_outw.end - ralph_outw)
global ralph_inl:function (ralph_inl.end - ralph_inl)
global ralph_outl:function (ralph_outl.end - ralph_outl)
global ralph_mmio_read32:function (ralph_mmio_read32.end - ralph_mmio_read32)
global ralph_mmio_write32:function (ralph_mmio_write32.end - ralph_mmio_write32)
global ralph_insw:function (ralph_insw.end - ralph_insw)
global ralph_outsw:function (ralph_outsw.end - ralph_outsw)
global ralph_read_cr0:function (ralph_read_cr0.end - ralph_read_cr0)
global ralph_read_cr2:function (ralph_read_cr2.end - ralph_read_cr2)
global ralph_read_cr3:function (ralph_read_cr3.end - ralph_read_cr3)
global ralph_read_cr4:function (ralph_read_cr4.end - ralph_read_cr4)
global ralph_lidt:function (ralph_lidt.end - ralph_lidt)
global ralph_cli:function (ralph_cli.end - ralph_cli)
global ralph_sti:function (ralph_sti.end - ralph_sti)
global ralph_hlt:function (ralph_hlt.end - ralph_hlt)
global ralph_pause:function (ralph_pause.end - ralph_pause)
global ralph_read_rflags:function (ralph_read_rflags.end - ralph_read_rflags)
global ralph_read_rbp:function (ralph_read_rbp.end - ralph_read_rbp)
global ralph_rdtsc:function (ralph_rdtsc.end - ralph_rdtsc)
global ralph_reset_cpu:function (ralph_reset_cpu.end - ralph_reset_cpu)
global RhpReversePInvoke:function (RhpPInvokeReturn.end - RhpReversePInvoke)
global RhpReversePInvokeReturn:function (RhpPInvokeReturn.end - RhpReversePInvokeReturn)
global RhpPInvoke:function (RhpPInvokeReturn.end - RhpPInvoke)
global RhpPInvokeReturn:function (RhpPInvokeReturn.end - RhpPInvokeReturn)

ralph_inb:                  ; byte inb(ushort port)
    mov     dx, di
    in      al, dx
    movzx   eax, al
    ret
.end:
ralph_outb:                 ; void outb(ushort port, byte value)
    mov     dx, di
    mov     al, sil
    out     dx, al
    ret
.end:
ralph_inw:                  ; ushort inw(ushort port)
    mov     dx, di
    in      ax, dx
    movzx   eax, ax
    ret
.end:
ralph_outw:                 ; void outw(ushort port, ushort value)
    mov     dx, di
    mov     ax, si
    out     dx, ax
    ret
.end:
ralph_inl:                  ; uint inl(ushort port)
    mov     dx, di
    in      eax, dx
    ret
.end:
ralph_outl:                 ; void outl(ushort port, uint value)
    mov     dx, di
    mov     eax, esi
    out     dx, eax
    ret
.end:
ralph_mmio_read32:          ; uint mmio_read32(ulong address)
    mov     eax, [rdi]
    ret
.end:
ralph_mmio_write32:         ; void mmio_write32(ulong address, uint value)
    mov     [rdi], esi
    ret
.end:
ralph_insw:                 ; void insw(ushort port, void* buffer, nuint count)
    mov     rcx, rdx
    mov     dx, di
    mov     rdi, rsi
    rep     insw
    ret
.end:
ralph_outsw:                ; void outsw(ushort port, void* buffer, nuint count)
    mov     rcx, rdx
    mov     dx, di
    rep     outsw
    ret
.end:

ralph_read_cr0:
    mov     rax, cr0
    ret
.end:
ralph_read_cr2:             ; the faulting address of the last page fault
    mov     rax, cr2
    ret
.end:
ralph_read_cr3:
    mov     rax, cr3
    ret
.end:
ralph_read_cr4:
    mov     rax, cr4
    ret
.end:

global ralph_invlpg:function (ralph_invlpg.end - ralph_invlpg)
ralph_invlpg:               ; drop one page's translation from the TLB
    invlpg  [rdi]
    ret
.end:

global ralph_flush_tlb:function (ralph_flush_tlb.end - ralph_flush_tlb)
ralph_flush_tlb:            ; drop every translation: reload CR3 with its own value
    mov     rax, cr3
    mov     cr3, rax
    ret
.end:

ralph_lidt:                 ; void lidt(void* descriptor) - 10-byte limit+base
    lidt    [rdi]
    ret
.end:
ralph_cli:
    cli
    ret
.end:
ralph_sti:
    sti
    ret
.end:
ralph_hlt:                  ; wait for the next interrupt
    hlt
    ret
.end:
ralph_pause:
    pause
    ret
.end:
ralph_read_rflags:
    pushfq
    pop     rax
    ret
.end:
ralph_read_rbp:             ; the caller's frame pointer, to start a backtrace
    mov     rax, rbp
    ret
.end:
ralph_rdtsc:
    rdtsc
    shl     rdx, 32
    or      rax, rdx
    ret
.end:

; Reset the machine: pulse the keyboard controller's reset line (port 0x64, command 0xFE);
; if that does not work, load an empty IDT and fault, which triple-faults the CPU.
ralph_reset_cpu:
    cli
.wait_input_empty:
    in      al, 0x64
    test    al, 2
    jnz     .wait_input_empty
    mov     al, 0xFE
    out     0x64, al
    lidt    [empty_idt]
    int3
.spin:
    hlt
    jmp     .spin
.end:

; Transitions between managed and unmanaged code: there is one address space and one
; privilege level, so nothing needs to happen. The compiler still emits the calls.
RhpReversePInvoke:
RhpReversePInvokeReturn:
RhpPInvoke:
RhpPInvokeReturn:
    ret
.end:

section .rodata
empty_idt:
    dw 0
    dq 0

section .text
; Addresses the linker decides, handed to C# (kernel.ld defines the symbols).
extern __kernel_start, __kernel_end, __modules_start, __modules_end, __rodata_start, __data_start
extern boot_stack_bottom, boot_stack_top, ralph_isr_stub_table
global ralph_kernel_start:function (ralph_kernel_start.end - ralph_kernel_start)
global ralph_kernel_end:function (ralph_kernel_end.end - ralph_kernel_end)
global ralph_kernel_rodata_start:function (ralph_kernel_rodata_start.end - ralph_kernel_rodata_start)
global ralph_kernel_data_start:function (ralph_kernel_data_start.end - ralph_kernel_data_start)
global ralph_modules_start:function (ralph_modules_start.end - ralph_modules_start)
global ralph_modules_end:function (ralph_modules_end.end - ralph_modules_end)
global ralph_boot_stack_bottom:function (ralph_boot_stack_bottom.end - ralph_boot_stack_bottom)
global ralph_boot_stack_top:function (ralph_boot_stack_top.end - ralph_boot_stack_top)
global ralph_isr_stub_address:function (ralph_isr_stub_address.end - ralph_isr_stub_address)
ralph_kernel_start:
    lea     rax, [__kernel_start]
    ret
.end:
ralph_kernel_end:
    lea     rax, [__kernel_end]
    ret
.end:
ralph_kernel_rodata_start:
    lea     rax, [__rodata_start]
    ret
.end:
ralph_kernel_data_start:
    lea     rax, [__data_start]
    ret
.end:
ralph_modules_start:
    lea     rax, [__modules_start]
    ret
.end:
ralph_modules_end:
    lea     rax, [__modules_end]
    ret
.end:
ralph_boot_stack_bottom:
    lea     rax, [boot_stack_bottom]
    ret
.end:
ralph_boot_stack_top:
    lea     rax, [boot_stack_top]
    ret
.end:
extern ralph_task_trampoline
global ralph_task_trampoline_address:function (ralph_task_trampoline_address.end - ralph_task_trampoline_address)
ralph_task_trampoline_address:
    lea     rax, [ralph_task_trampoline]
    ret
.end:
ralph_isr_stub_address:     ; ulong (int vector)
    lea     rax, [ralph_isr_stub_table]
    movsxd  rdi, edi
    mov     rax, [rax + rdi * 8]
    ret
.end:

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
