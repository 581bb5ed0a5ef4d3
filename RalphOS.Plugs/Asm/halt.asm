; halt.asm: ralph_halt_forever, the last resort when a panic has nowhere to report:
; interrupts off, then halt the CPU for good.
bits 64
section .text
global ralph_halt_forever:function (ralph_halt_forever.end - ralph_halt_forever)
ralph_halt_forever:
    cli
.again:
    hlt
    jmp     .again
.end:

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
