; interface_dispatch.asm: RhpInitialDynamicInterfaceDispatch, the target of every
; interface call the compiler could not bind at compile time. The call site loads the
; address of its dispatch cell into r11 and calls through the cell, with `this` in rdi and
; the other arguments where the System V ABI puts them. We keep every argument register,
; ask the C# resolver (InterfaceDispatch.cs) for the implementing method, and jump to it
; as if the caller had called it directly.
bits 64
section .text
global RhpInitialDynamicInterfaceDispatch:function (RhpInitialDynamicInterfaceDispatch.end - RhpInitialDynamicInterfaceDispatch)
global ralph_interface_dispatch_stub:function (ralph_interface_dispatch_stub.end - ralph_interface_dispatch_stub)
extern ralph_resolve_interface_call

XMM_SAVE_BYTES equ 8 * 16

RhpInitialDynamicInterfaceDispatch:
    push    rdi
    push    rsi
    push    rdx
    push    rcx
    push    r8
    push    r9
    sub     rsp, XMM_SAVE_BYTES + 8     ; entry rsp was 8 mod 16; 6 pushes keep it so; +8 aligns
    movdqu  [rsp + 0x00], xmm0
    movdqu  [rsp + 0x10], xmm1
    movdqu  [rsp + 0x20], xmm2
    movdqu  [rsp + 0x30], xmm3
    movdqu  [rsp + 0x40], xmm4
    movdqu  [rsp + 0x50], xmm5
    movdqu  [rsp + 0x60], xmm6
    movdqu  [rsp + 0x70], xmm7
    mov     rsi, r11                    ; the dispatch cell; rdi is still `this`
    call    ralph_resolve_interface_call
    mov     r11, rax
    movdqu  xmm0, [rsp + 0x00]
    movdqu  xmm1, [rsp + 0x10]
    movdqu  xmm2, [rsp + 0x20]
    movdqu  xmm3, [rsp + 0x30]
    movdqu  xmm4, [rsp + 0x40]
    movdqu  xmm5, [rsp + 0x50]
    movdqu  xmm6, [rsp + 0x60]
    movdqu  xmm7, [rsp + 0x70]
    add     rsp, XMM_SAVE_BYTES + 8
    pop     r9
    pop     r8
    pop     rcx
    pop     rdx
    pop     rsi
    pop     rdi
    jmp     r11
.end:

; The stub's address, for dispatch cells the runtime makes itself (TypeLoader.DispatchCells).
ralph_interface_dispatch_stub:
    lea     rax, [rel RhpInitialDynamicInterfaceDispatch]
    ret
.end:

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
