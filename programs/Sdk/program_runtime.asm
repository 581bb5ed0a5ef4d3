; program_runtime.asm: the few assembly pieces every program links besides the core
; library's (RalphOS.Plugs/Asm): the managed/unmanaged transition stubs the compiler calls
; (no-ops: one address space, one privilege level, as in the kernel's cpu.asm), the bounds
; of the module list program.ld collects, and the ELF note that tells the kernel's loader
; which API version the program was built for (RALPH_API_VERSION, set by Program.targets
; from KernelApiTable.CurrentVersion). Position-independent: rip-relative addressing only.
bits 64
default rel

%ifndef RALPH_API_VERSION
%error "RALPH_API_VERSION must be defined (nasm -DRALPH_API_VERSION=N)"
%endif

section .text
global RhpReversePInvoke:function (RhpPInvokeReturn.end - RhpReversePInvoke)
global RhpReversePInvokeReturn:function (RhpPInvokeReturn.end - RhpReversePInvokeReturn)
global RhpPInvoke:function (RhpPInvokeReturn.end - RhpPInvoke)
global RhpPInvokeReturn:function (RhpPInvokeReturn.end - RhpPInvokeReturn)
RhpReversePInvoke:
RhpReversePInvokeReturn:
RhpPInvoke:
RhpPInvokeReturn:
    ret
.end:

extern __modules_start, __modules_end
global ralph_program_modules_start:function (ralph_program_modules_start.end - ralph_program_modules_start)
global ralph_program_modules_end:function (ralph_program_modules_end.end - ralph_program_modules_end)
ralph_program_modules_start:
    lea     rax, [__modules_start]
    ret
.end:
ralph_program_modules_end:
    lea     rax, [__modules_end]
    ret
.end:

; An ELF note (namesz, descsz, type, name padded to 4, desc): owner "RalphOS", type 1
; (NT_RALPH_API), desc the API version as a u32. The loader reads it from the PT_NOTE
; segment; a program without it is refused.
section .note.ralph alloc noexec nowrite align=4
    dd      8                   ; namesz: "RalphOS" and its NUL
    dd      4                   ; descsz
    dd      1                   ; type: NT_RALPH_API
    db      "RalphOS", 0
    dd      RALPH_API_VERSION

; No executable stack (silences the linker).
section .note.GNU-stack noalloc noexec nowrite progbits
