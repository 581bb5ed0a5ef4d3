; entry.asm: the first kernel instructions. Stage 2 of the bootloader jumps here (the start
; of the kernel image, linked at 1 MiB) in 64-bit long mode with RDI = BootInfo pointer.
; We clear .bss (the flat image does not contain it), switch to the boot stack reserved in
; .bss, and call the C# entry point kmain(BootInfo*), which never returns.
bits 64
default rel

BOOT_STACK_SIZE equ 64 * 1024

section .text.entry
global kernel_entry:function (kernel_entry.end - kernel_entry)
extern kmain
extern __bss_start
extern __bss_end

kernel_entry:
    cli
    cld
    mov     r12, rdi                    ; keep the BootInfo pointer across the clear
    mov     rdi, __bss_start
    mov     rcx, __bss_end
    sub     rcx, rdi
    xor     eax, eax
    rep     stosb
    mov     rsp, boot_stack_top         ; 16-byte aligned
    xor     ebp, ebp                    ; ends the frame-pointer chain for backtraces
    mov     rdi, r12
    call    kmain
.halt:
    cli
    hlt
    jmp     .halt
.end:

section .bss
align 4096
global boot_stack_bottom:data BOOT_STACK_SIZE
boot_stack_bottom:
    resb    BOOT_STACK_SIZE
global boot_stack_top
boot_stack_top:

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
