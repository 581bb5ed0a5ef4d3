; exception_helpers.asm: the assembly side of exception dispatch
; (Internal/Runtime/ExceptionHandling/ExceptionDispatcher.cs).
;
;   RhpThrowEx (rdi = exception)  what compiled code calls for `throw`: records the
;       thrower's frame (return address, stack pointer after the return, callee-saved
;       registers) in a RegisterContext and calls the managed dispatcher; never returns.
;   RhpRethrow  the same for `throw;` inside a catch block (the dispatcher finds the
;       exception being handled from the catch funclet's caller, below).
;   ralph_throw_from_fault (rdi = ThrowKind, rsi = faulting RIP)  where the kernel's fault
;       handler resumes a task that faulted in managed code: the context is the faulting
;       instruction's own, flagged as a faulting frame.
;   ralph_call_catch_funclet / _finally_ / _filter_  call a funclet with the callee-saved
;       registers of the frame that owns it (compiled funclets reach their parent's locals
;       through rbp, which they do not set up themselves). The dispatch record's address is
;       pushed just before the call, so a nested dispatch that unwinds out of the funclet
;       finds it at the funclet's CFA; the return labels tell such a walk where it is.
;       After a catch funclet, the owner frame resumes at the address the funclet returns.
;   ralph_filter_escaped  a nested dispatch resumes here when an exception escaped a filter:
;       the filter counts as false, as on .NET.
;   ralph_resume_context (rdi = RegisterContext*)  load a frame's registers and jump to it.
;   ralph_eh_frame_start / _end  where the linker put .eh_frame.
; RegisterContext layout (RegisterContext.cs): rip, rsp, rbp, rbx, r12, r13, r14, r15,
; kind, is-faulting-frame; 80 bytes.

bits 64
default rel
section .text

extern ralph_dispatch_exception
; Each entry point's size is the distance to the next one, so the symbol table names
; every byte (profiles and backtraces print "RhpThrowEx+0x12", never "??").
global RhpThrowEx:function (RhpRethrow - RhpThrowEx)
global RhpRethrow:function (ralph_throw_from_fault - RhpRethrow)
global ralph_throw_from_fault:function (ralph_call_catch_funclet - ralph_throw_from_fault)
global ralph_call_catch_funclet:function (ralph_call_finally_funclet - ralph_call_catch_funclet)
global ralph_call_finally_funclet:function (ralph_call_filter_funclet - ralph_call_finally_funclet)
global ralph_call_filter_funclet:function (ralph_filter_escaped - ralph_call_filter_funclet)
global ralph_resume_context:function (ralph_resume_context.end - ralph_resume_context)
global ralph_exception_labels:function (ralph_exception_labels.end - ralph_exception_labels)

CONTEXT_SIZE equ 80
RED_ZONE equ 128                ; System V ABI 3.2.2: a leaf may use 128 bytes below rsp

%macro PUSH_CALLEE_SAVED 0       ; funclet_done pops them in reverse
    push    rbp
    push    rbx
    push    r12
    push    r13
    push    r14
    push    r15
%endmacro

%macro LOAD_FRAME_REGISTERS 1   ; %1 = register holding a RegisterContext*
    mov     rbp, [%1 + 16]
    mov     rbx, [%1 + 24]
    mov     r12, [%1 + 32]
    mov     r13, [%1 + 40]
    mov     r14, [%1 + 48]
    mov     r15, [%1 + 56]
%endmacro

RhpThrowEx:
    mov     rax, [rsp]              ; the thrower resumes here: a return address
    lea     rcx, [rsp + 8]          ; the thrower's stack pointer after the return
    xor     edx, edx                ; ThrowKind.Throw
    xor     r8d, r8d
    jmp     capture

RhpRethrow:
    mov     rax, [rsp]
    lea     rcx, [rsp + 8]
    mov     edx, 1                  ; ThrowKind.Rethrow
    xor     r8d, r8d
    xor     edi, edi
    jmp     capture

ralph_throw_from_fault:
    mov     rax, rsi                ; the faulting instruction
    mov     rcx, rsp                ; the faulting frame's stack pointer
    mov     rdx, rdi                ; ThrowKind of the fault
    mov     r8d, 1                  ; a faulting frame, not a return address
    xor     edi, edi
    sub     rsp, RED_ZONE

capture:
    and     rsp, -16
    sub     rsp, CONTEXT_SIZE
    mov     [rsp + 0], rax
    mov     [rsp + 8], rcx
    mov     [rsp + 16], rbp
    mov     [rsp + 24], rbx
    mov     [rsp + 32], r12
    mov     [rsp + 40], r13
    mov     [rsp + 48], r14
    mov     [rsp + 56], r15
    mov     [rsp + 64], rdx
    mov     [rsp + 72], r8
    mov     rsi, rsp
    call    ralph_dispatch_exception
    ud2                             ; the dispatcher resumes a catch or ends the task

; void ralph_call_catch_funclet(object exception rdi, void* funclet rsi,
;                               RegisterContext* owner rdx, void* record rcx): never returns
ralph_call_catch_funclet:
    and     rsp, -16
    push    rdx
    push    rcx
    LOAD_FRAME_REGISTERS rdx
    call    rsi                     ; rdi = the exception; returns the resume address
ralph_catch_funclet_return:
    pop     rcx
    pop     rdx
    LOAD_FRAME_REGISTERS rdx
    mov     rsp, [rdx + 8]
    jmp     rax

; void ralph_call_finally_funclet(void* funclet rdi, RegisterContext* owner rsi, void* record rdx)
ralph_call_finally_funclet:
    PUSH_CALLEE_SAVED
    sub     rsp, 8                  ; keeps the call 16-byte aligned
    push    rsi
    push    rdx
    LOAD_FRAME_REGISTERS rsi
    call    rdi
ralph_finally_funclet_return:
    jmp     funclet_done

; int ralph_call_filter_funclet(object exception rdi, void* funclet rsi,
;                               RegisterContext* owner rdx, void* record rcx)
ralph_call_filter_funclet:
    PUSH_CALLEE_SAVED
    sub     rsp, 8
    push    rdx
    push    rcx
    LOAD_FRAME_REGISTERS rdx
    call    rsi                     ; rdi = the exception; returns non-zero to catch
ralph_filter_funclet_return:
funclet_done:
    add     rsp, 24                 ; the record, the owner context, the alignment slot
    pop     r15
    pop     r14
    pop     r13
    pop     r12
    pop     rbx
    pop     rbp
    ret

ralph_filter_escaped:               ; rsp = the filter funclet's CFA (the record slot)
    xor     eax, eax
    jmp     funclet_done

ralph_resume_context:
    LOAD_FRAME_REGISTERS rdi
    mov     rsp, [rdi + 8]
    jmp     [rdi]
.end:

; ulong* ralph_exception_labels(): catch return, finally return, filter return, filter escaped
ralph_exception_labels:
    lea     rax, [exception_labels]
    ret
.end:

global ralph_throw_from_fault_address:function (ralph_throw_from_fault_address.end - ralph_throw_from_fault_address)
ralph_throw_from_fault_address:
    lea     rax, [ralph_throw_from_fault]
    ret
.end:

; The linker's bounds of the .eh_frame section (kernel.ld), for the FrameTable.
extern __eh_frame_start, __eh_frame_end
global ralph_eh_frame_start:function (ralph_eh_frame_start.end - ralph_eh_frame_start)
global ralph_eh_frame_end:function (ralph_eh_frame_end.end - ralph_eh_frame_end)
ralph_eh_frame_start:
    lea     rax, [__eh_frame_start]
    ret
.end:
ralph_eh_frame_end:
    lea     rax, [__eh_frame_end]
    ret
.end:

section .rodata
align 8
exception_labels:
    dq      ralph_catch_funclet_return
    dq      ralph_finally_funclet_return
    dq      ralph_filter_funclet_return
    dq      ralph_filter_escaped

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
