; interrupts.asm: the entry stubs for all 256 interrupt vectors. Each stub makes the stack
; uniform (a dummy error code where the CPU pushes none, then the vector number), and jumps
; to the common path, which saves every general register and xmm0-15 (C# code uses them),
; aligns the stack to 16 bytes as the ABI requires, and calls the C# dispatcher with a
; pointer to the saved state (the InterruptFrame struct in Interrupts/InterruptFrame.cs).
bits 64
default rel
section .text

extern ralph_interrupt_dispatch
global ralph_isr_stub_table:data 256 * 8
; Typed and sized so the kernel's symbol table (and gdb) name addresses inside them.
global ralph_isr_stubs:function (ralph_isr_common - ralph_isr_stubs)
global ralph_isr_common:function (ralph_isr_common.end - ralph_isr_common)

; Vectors where the CPU pushes an error code (Intel SDM vol. 3, table 6-1).
%define HAS_ERROR_CODE(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

ralph_isr_stubs:
%assign vector 0
%rep 256
isr_stub_ %+ vector:
%if HAS_ERROR_CODE(vector) == 0
    push    0
%endif
    push    vector
    jmp     ralph_isr_common
%assign vector vector + 1
%endrep

ralph_isr_common:
    push    rax
    push    rbx
    push    rcx
    push    rdx
    push    rsi
    push    rdi
    push    rbp
    push    r8
    push    r9
    push    r10
    push    r11
    push    r12
    push    r13
    push    r14
    push    r15
    sub     rsp, 256
    movdqu  [rsp + 0x00], xmm0
    movdqu  [rsp + 0x10], xmm1
    movdqu  [rsp + 0x20], xmm2
    movdqu  [rsp + 0x30], xmm3
    movdqu  [rsp + 0x40], xmm4
    movdqu  [rsp + 0x50], xmm5
    movdqu  [rsp + 0x60], xmm6
    movdqu  [rsp + 0x70], xmm7
    movdqu  [rsp + 0x80], xmm8
    movdqu  [rsp + 0x90], xmm9
    movdqu  [rsp + 0xA0], xmm10
    movdqu  [rsp + 0xB0], xmm11
    movdqu  [rsp + 0xC0], xmm12
    movdqu  [rsp + 0xD0], xmm13
    movdqu  [rsp + 0xE0], xmm14
    movdqu  [rsp + 0xF0], xmm15
    cld
    mov     rdi, rsp                ; InterruptFrame*
    mov     rbx, rsp                ; rbx is callee-saved: survives the call
    and     rsp, -16
    call    ralph_interrupt_dispatch
    mov     rsp, rbx
    movdqu  xmm0, [rsp + 0x00]
    movdqu  xmm1, [rsp + 0x10]
    movdqu  xmm2, [rsp + 0x20]
    movdqu  xmm3, [rsp + 0x30]
    movdqu  xmm4, [rsp + 0x40]
    movdqu  xmm5, [rsp + 0x50]
    movdqu  xmm6, [rsp + 0x60]
    movdqu  xmm7, [rsp + 0x70]
    movdqu  xmm8, [rsp + 0x80]
    movdqu  xmm9, [rsp + 0x90]
    movdqu  xmm10, [rsp + 0xA0]
    movdqu  xmm11, [rsp + 0xB0]
    movdqu  xmm12, [rsp + 0xC0]
    movdqu  xmm13, [rsp + 0xD0]
    movdqu  xmm14, [rsp + 0xE0]
    movdqu  xmm15, [rsp + 0xF0]
    add     rsp, 256
    pop     r15
    pop     r14
    pop     r13
    pop     r12
    pop     r11
    pop     r10
    pop     r9
    pop     r8
    pop     rbp
    pop     rdi
    pop     rsi
    pop     rdx
    pop     rcx
    pop     rbx
    pop     rax
    add     rsp, 16                 ; vector and error code
    iretq
.end:

section .rodata
align 8
ralph_isr_stub_table:               ; address of each vector's stub, for building the IDT
%assign vector 0
%rep 256
    dq      isr_stub_ %+ vector
%assign vector vector + 1
%endrep

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
