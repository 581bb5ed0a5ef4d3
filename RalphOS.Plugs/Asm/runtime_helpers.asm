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

global RhpAssignRef
global RhpCheckedAssignRef
global RhpByRefAssignRef
global RhpStackProbe
global memset
global memmove
global memcpy
global RhpGcPoll
global RhpTrapThreads

RhpAssignRef:
RhpCheckedAssignRef:
    mov     [rdi], rsi
    ret

RhpByRefAssignRef:
    movsq                       ; [rdi] <- [rsi]; rdi += 8; rsi += 8 (direction flag is clear)
    ret

RhpStackProbe:
    mov     rax, rsp
    and     rax, -PAGE_SIZE     ; start of the page rsp is on
.next_page:
    sub     rax, PAGE_SIZE
    test    dword [rax], eax    ; touch it: faults here if this is a guard page
    cmp     rax, r11
    ja      .next_page
    ret

; memset / memmove / memcpy move 32 bytes per loop iteration in general registers, then 8,
; then single bytes. Not `rep stosb` / `rep movsb`: under QEMU's TCG (no KVM here) a rep
; string instruction costs a translation-block dispatch per byte, which made string copies
; the largest cost of string-heavy BASIC programs; this loop pays one per 32 bytes.
; Unaligned 8-byte accesses are fine on x86_64. Scratch: rax, rcx, rdx, rsi, rdi, r8-r10.

; void* memset(void* destination rdi, int value esi, size_t count rdx)
memset:
    mov     r9, rdi
    movzx   eax, sil
    mov     r8, 0x0101010101010101
    imul    rax, r8             ; the byte in all eight lanes
.set32:
    cmp     rdx, 32
    jb      .set8
    mov     [rdi], rax
    mov     [rdi + 8], rax
    mov     [rdi + 16], rax
    mov     [rdi + 24], rax
    add     rdi, 32
    sub     rdx, 32
    jmp     .set32
.set8:
    cmp     rdx, 8
    jb      .set1
    mov     [rdi], rax
    add     rdi, 8
    sub     rdx, 8
    jmp     .set8
.set1:
    test    rdx, rdx
    jz      .set_done
    mov     [rdi], al
    inc     rdi
    dec     rdx
    jmp     .set1
.set_done:
    mov     rax, r9
    ret

; void* memmove(void* destination rdi, const void* source rsi, size_t count rdx)
; Copies forwards unless the regions overlap with the destination above the source. Each
; step loads all its bytes before storing any, so a step never reads what it just wrote.
memmove:
memcpy:
    mov     rax, rdi
    cmp     rdi, rsi
    jbe     .forward
    lea     r8, [rsi + rdx]
    cmp     rdi, r8
    jae     .forward
    add     rsi, rdx            ; backwards, from the ends
    add     rdi, rdx
.back8:
    cmp     rdx, 8
    jb      .back1
    sub     rsi, 8
    sub     rdi, 8
    mov     rcx, [rsi]
    mov     [rdi], rcx
    sub     rdx, 8
    jmp     .back8
.back1:
    test    rdx, rdx
    jz      .done
    dec     rsi
    dec     rdi
    mov     cl, [rsi]
    mov     [rdi], cl
    dec     rdx
    jmp     .back1
.forward:
    cmp     rdx, 32
    jb      .forward8
    mov     rcx, [rsi]
    mov     r8, [rsi + 8]
    mov     r9, [rsi + 16]
    mov     r10, [rsi + 24]
    mov     [rdi], rcx
    mov     [rdi + 8], r8
    mov     [rdi + 16], r9
    mov     [rdi + 24], r10
    add     rsi, 32
    add     rdi, 32
    sub     rdx, 32
    jmp     .forward
.forward8:
    cmp     rdx, 8
    jb      .forward1
    mov     rcx, [rsi]
    mov     [rdi], rcx
    add     rsi, 8
    add     rdi, 8
    sub     rdx, 8
    jmp     .forward8
.forward1:
    test    rdx, rdx
    jz      .done
    mov     cl, [rsi]
    mov     [rdi], cl
    inc     rsi
    inc     rdi
    dec     rdx
    jmp     .forward1
.done:
    ret

RhpGcPoll:
    ret

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits

; The stack-protection cookie compiled code checks in frames with stackalloc buffers.
; A fixed odd value suffices to catch overruns (there is no attacker boundary here).
section .data
global __security_cookie
align 8
__security_cookie:
    dq      0x2F8C3A91D6B7E453

align 8
RhpTrapThreads:
    dd      0
