; runtime_helpers.asm: the few runtime helpers compiled code calls that must be written in
; assembly because the JIT assumes they touch almost no registers.
;
;   RhpAssignRef / RhpCheckedAssignRef  store a reference (rdi = destination, rsi = value).
;       Our collector is a non-moving, non-generational mark and sweep, so a write barrier
;       is just the store itself.
;   RhpByRefAssignRef  copy one reference from [rsi] to [rdi], advancing both by 8.
;   RhpStackProbe  touch every page from just below rsp down to r11 (the lowest address of
;       the new frame) so a frame larger than a page cannot jump over a stack guard page.
;       Only rax is used as scratch.
;   memset / memmove / memcpy  C-ABI helpers the compiler's generated code may call.
;   RhpGcPoll / RhpTrapThreads  the GC poll compiled code runs after a [SuppressGCTransition]
;       call: it calls RhpGcPoll when the 32-bit RhpTrapThreads is not zero. Our collector
;       runs on the allocating task and never suspends others, so the flag stays zero and
;       RhpGcPoll has nothing to do.

bits 64
default rel
section .text

PAGE_SIZE equ 0x1000

global RhpAssignRef:function (RhpCheckedAssignRef.end - RhpAssignRef)
global RhpCheckedAssignRef:function (RhpCheckedAssignRef.end - RhpCheckedAssignRef)
global RhpByRefAssignRef:function (RhpByRefAssignRef.end - RhpByRefAssignRef)
global RhpStackProbe:function (RhpStackProbe.end - RhpStackProbe)
global memset:function (memset.end - memset)
global memmove:function (memcpy.end - memmove)
global memcpy:function (memcpy.end - memcpy)
global RhpGcPoll:function (RhpGcPoll.end - RhpGcPoll)
global RhpTrapThreads:data 4

RhpAssignRef:
RhpCheckedAssignRef:
    mov     [rdi], rsi
    ret
.end:

RhpByRefAssignRef:
    movsq                       ; [rdi] <- [rsi]; rdi += 8; rsi += 8 (direction flag is clear)
    ret
.end:

RhpStackProbe:
    mov     rax, rsp
    and     rax, -PAGE_SIZE     ; start of the page rsp is on
.next_page:
    sub     rax, PAGE_SIZE
    test    dword [rax], eax    ; touch it: faults here if this is a guard page
    cmp     rax, r11
    ja      .next_page
    ret
.end:

; The string instructions move eight bytes per step with the q forms and one with the b
; forms. Hardware with fast-string support copies either form quickly, but an emulator
; (QEMU's TCG) pays per step, so the bulk goes eight bytes at a time and only the last
; count mod 8 bytes one at a time.

; void* memset(void* destination rdi, int value esi, size_t count rdx)
memset:
    mov     r8, rdi
    movzx   eax, sil
    mov     r9, 0x0101010101010101
    imul    rax, r9                     ; the byte in all eight lanes
    mov     rcx, rdx
    shr     rcx, 3
    rep     stosq
    mov     rcx, rdx
    and     rcx, 7
    rep     stosb
    mov     rax, r8
    ret
.end:

; void* memmove(void* destination rdi, const void* source rsi, size_t count rdx)
; Copies forwards unless the regions overlap with the destination above the source; then
; backwards: first the count mod 8 bytes at the end, then the qwords below them.
memmove:
memcpy:
    mov     rax, rdi
    cmp     rdi, rsi
    jbe     .forward
    lea     r8, [rsi + rdx]
    cmp     rdi, r8
    jae     .forward
    lea     rsi, [rsi + rdx - 1]
    lea     rdi, [rdi + rdx - 1]
    mov     rcx, rdx
    and     rcx, 7
    std
    rep     movsb
    sub     rsi, 7
    sub     rdi, 7
    mov     rcx, rdx
    shr     rcx, 3
    rep     movsq
    cld
    ret
.forward:
    mov     rcx, rdx
    shr     rcx, 3
    rep     movsq
    mov     rcx, rdx
    and     rcx, 7
    rep     movsb
    ret
.end:

RhpGcPoll:
    ret
.end:

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits

; The stack-protection cookie compiled code checks in frames with stackalloc buffers.
; A fixed odd value suffices to catch overruns (there is no attacker boundary here).
section .data
global __security_cookie:data 8
align 8
__security_cookie:
    dq      0x2F8C3A91D6B7E453

align 8
RhpTrapThreads:
    dd      0
