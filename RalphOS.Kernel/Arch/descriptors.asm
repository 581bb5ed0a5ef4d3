; descriptors.asm: loading the kernel's own GDT and task register (Arch/GlobalDescriptorTable.cs
; builds the table). After lgdt the segment registers still hold the old descriptors'
; cached values, so data segments are reloaded and CS is reloaded with a far return.
bits 64
section .text
global ralph_load_gdt:function (ralph_load_gdt.end - ralph_load_gdt)

; void ralph_load_gdt(void* descriptor, ushort codeSelector, ushort dataSelector, ushort tssSelector)
ralph_load_gdt:
    lgdt    [rdi]
    mov     ds, dx
    mov     es, dx
    mov     ss, dx
    xor     eax, eax
    mov     fs, ax
    mov     gs, ax
    ltr     cx
    pop     rax                 ; our return address
    push    rsi                 ; new CS
    push    rax
    retfq                       ; returns to the caller with CS reloaded
.end:

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
