; gc_helpers.asm: ralph_gc_with_registers_spilled(callback) pushes every callee-saved
; register onto the stack and calls callback(rsp). A conservative stack scan that starts
; at that rsp therefore also sees references the caller was holding only in registers.
bits 64
section .text
global ralph_gc_with_registers_spilled:function (ralph_gc_with_registers_spilled.end - ralph_gc_with_registers_spilled)

ralph_gc_with_registers_spilled:
    push    rbx
    push    rbp
    push    r12
    push    r13
    push    r14
    push    r15
    mov     rax, rdi
    mov     rdi, rsp            ; the lowest address to scan
    sub     rsp, 8              ; 6 pushes + return address: realign to 16 for the call
    call    rax
    add     rsp, 8
    pop     r15
    pop     r14
    pop     r13
    pop     r12
    pop     rbp
    pop     rbx
    ret
.end:

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
