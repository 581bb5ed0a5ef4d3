; cpu.asm: single-instruction helpers C# cannot express: port I/O, control registers,
; descriptor tables, interrupt flag, halting. Each is declared for C# in Arch/Cpu.cs.
; System V calling convention: arguments in rdi, rsi, rdx; result in rax.
bits 64
default rel
section .text

global ralph_inb, ralph_outb, ralph_inw, ralph_outw, ralph_inl, ralph_outl
global ralph_insw, ralph_outsw
global ralph_read_cr0, ralph_read_cr2, ralph_read_cr3, ralph_read_cr4
global ralph_lidt, ralph_cli, ralph_sti, ralph_hlt, ralph_pause
global ralph_read_rflags, ralph_read_rbp, ralph_rdtsc, ralph_reset_cpu
global RhpReversePInvoke, RhpReversePInvokeReturn, RhpPInvoke, RhpPInvokeReturn

ralph_inb:                  ; byte inb(ushort port)
    mov     dx, di
    in      al, dx
    movzx   eax, al
    ret
ralph_outb:                 ; void outb(ushort port, byte value)
    mov     dx, di
    mov     al, sil
    out     dx, al
    ret
ralph_inw:                  ; ushort inw(ushort port)
    mov     dx, di
    in      ax, dx
    movzx   eax, ax
    ret
ralph_outw:                 ; void outw(ushort port, ushort value)
    mov     dx, di
    mov     ax, si
    out     dx, ax
    ret
ralph_inl:                  ; uint inl(ushort port)
    mov     dx, di
    in      eax, dx
    ret
ralph_outl:                 ; void outl(ushort port, uint value)
    mov     dx, di
    mov     eax, esi
    out     dx, eax
    ret
ralph_insw:                 ; void insw(ushort port, void* buffer, nuint count)
    mov     rcx, rdx
    mov     dx, di
    mov     rdi, rsi
    rep     insw
    ret
ralph_outsw:                ; void outsw(ushort port, void* buffer, nuint count)
    mov     rcx, rdx
    mov     dx, di
    rep     outsw
    ret

ralph_read_cr0:
    mov     rax, cr0
    ret
ralph_read_cr2:             ; the faulting address of the last page fault
    mov     rax, cr2
    ret
ralph_read_cr3:
    mov     rax, cr3
    ret
ralph_read_cr4:
    mov     rax, cr4
    ret

global ralph_invlpg
ralph_invlpg:               ; drop one page's translation from the TLB
    invlpg  [rdi]
    ret

global ralph_flush_tlb
ralph_flush_tlb:            ; drop every translation: reload CR3 with its own value
    mov     rax, cr3
    mov     cr3, rax
    ret

ralph_lidt:                 ; void lidt(void* descriptor) - 10-byte limit+base
    lidt    [rdi]
    ret
ralph_cli:
    cli
    ret
ralph_sti:
    sti
    ret
ralph_hlt:                  ; wait for the next interrupt
    hlt
    ret
ralph_pause:
    pause
    ret
ralph_read_rflags:
    pushfq
    pop     rax
    ret
ralph_read_rbp:             ; the caller's frame pointer, to start a backtrace
    mov     rax, rbp
    ret
ralph_rdtsc:
    rdtsc
    shl     rdx, 32
    or      rax, rdx
    ret

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

; Transitions between managed and unmanaged code: there is one address space and one
; privilege level, so nothing needs to happen. The compiler still emits the calls.
RhpReversePInvoke:
RhpReversePInvokeReturn:
RhpPInvoke:
RhpPInvokeReturn:
    ret

section .rodata
empty_idt:
    dw 0
    dq 0

section .text
; Addresses the linker decides, handed to C# (kernel.ld defines the symbols).
extern __kernel_start, __kernel_end, __modules_start, __modules_end
extern boot_stack_bottom, boot_stack_top, ralph_isr_stub_table
global ralph_kernel_start, ralph_kernel_end, ralph_modules_start, ralph_modules_end
global ralph_boot_stack_bottom, ralph_boot_stack_top, ralph_isr_stub_address
ralph_kernel_start:
    lea     rax, [__kernel_start]
    ret
ralph_kernel_end:
    lea     rax, [__kernel_end]
    ret
ralph_modules_start:
    lea     rax, [__modules_start]
    ret
ralph_modules_end:
    lea     rax, [__modules_end]
    ret
ralph_boot_stack_bottom:
    lea     rax, [boot_stack_bottom]
    ret
ralph_boot_stack_top:
    lea     rax, [boot_stack_top]
    ret
extern ralph_task_trampoline
global ralph_task_trampoline_address
ralph_task_trampoline_address:
    lea     rax, [ralph_task_trampoline]
    ret
ralph_isr_stub_address:     ; ulong (int vector)
    lea     rax, [ralph_isr_stub_table]
    movsxd  rdi, edi
    mov     rax, [rax + rdi * 8]
    ret

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
