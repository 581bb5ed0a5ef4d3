; context_switch.asm: switching the CPU between tasks (Tasks/Scheduler.cs).
;
; ralph_switch_context(ulong* saveStackPointer, ulong nextStackPointer)
;   Saves what the System V ABI says a callee must preserve - rbx, rbp, r12-r15, the SSE
;   control/status register MXCSR and the x87 control word - on the current stack, stores
;   the stack pointer through saveStackPointer, loads nextStackPointer and restores the
;   same set from there. Everything else is caller-saved, so the compiler already assumes
;   it is lost across this call.
; ralph_task_trampoline: where a new task's first switch "returns" to (its stack is built
;   by TaskStack.Prepare); aligns the stack and calls ralph_task_main, which never returns.
bits 64
section .text
global ralph_switch_context:function (ralph_switch_context.end - ralph_switch_context)
global ralph_task_trampoline:function (ralph_task_trampoline.end - ralph_task_trampoline)
extern ralph_task_main

ralph_switch_context:
    push    rbx
    push    rbp
    push    r12
    push    r13
    push    r14
    push    r15
    sub     rsp, 8
    stmxcsr [rsp]
    fnstcw  [rsp + 4]
    mov     [rdi], rsp
    mov     rsp, rsi
    ldmxcsr [rsp]
    fldcw   [rsp + 4]
    add     rsp, 8
    pop     r15
    pop     r14
    pop     r13
    pop     r12
    pop     rbp
    pop     rbx
    ret
.end:

ralph_task_trampoline:
    xor     ebp, ebp            ; ends backtraces here
    and     rsp, -16
    call    ralph_task_main
.unreachable:
    hlt
    jmp     .unreachable
.end:

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
