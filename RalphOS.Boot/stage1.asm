; stage1.asm - the Ralph OS boot sector (exactly 512 bytes, LBA 0 of the disk image).
;
; The BIOS loads this sector to 0x7C00 and jumps to it in 16-bit real mode with DL = the boot
; drive number. Its only job is to load stage2 (64 sectors from LBA 1) to 0x7E00 and jump
; there with DL unchanged. A boot sector is too small for anything else; stage2 does the
; real work. On a read error it says so on the screen and on COM1, then halts.
;
; Built by RalphOS.Boot.csproj: nasm -f bin stage1.asm -o build/stage1.bin

%include "layout.inc"

bits 16
org STAGE1_ADDR

stage1_entry:
    ; Interrupts off while the stack moves: an interrupt between setting SS and SP would
    ; push onto a half-defined stack.
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, REAL_MODE_STACK_TOP
    ; Some BIOSes enter at 07C0:0000 instead of 0000:7C00; a far jump makes CS = 0 so that
    ; our org-0x7C00 addresses are right either way.
    jmp 0:.flat_cs
.flat_cs:
    sti
    cld
    mov [disk_boot_drive], dl

    call disk_init
    jc disk_error
    mov eax, STAGE2_LBA
    mov cx, STAGE2_SECTORS
    mov bx, STAGE2_ADDR                 ; ES = 0, so ES:BX = 0x7E00; ends at 0xFDFF,
    call disk_read                      ; inside one 64 KiB segment as the BIOS wants
    jc disk_error

    mov dl, [disk_boot_drive]           ; stage2 expects the boot drive in DL
    jmp 0:STAGE2_ADDR

; Print the message on the screen (int 10h teletype) and COM1, then stop for good. Halting
; (instead of rebooting) keeps the message visible and lets tests see a stable state.
disk_error:
    ; Minimal 16550 setup: 115200 baud (divisor 1), 8 data bits, no parity, 1 stop bit.
    mov dx, COM1_BASE + UART_LCR
    mov al, 0x80                        ; DLAB on: the next two ports are the divisor
    out dx, al
    mov dx, COM1_BASE + UART_DATA
    mov al, 1
    out dx, al
    inc dx                              ; UART_IER = divisor high byte
    xor al, al
    out dx, al
    mov dx, COM1_BASE + UART_LCR
    mov al, 0x03                        ; 8N1, DLAB off
    out dx, al

    mov si, disk_error_message
.next_char:
    lodsb
    test al, al
    jz halt_forever
    mov ah, 0x0E                        ; int 10h AH=0Eh: teletype output of AL
    xor bx, bx
    push ax
    int 0x10
    mov dx, COM1_BASE + UART_LSR
.wait_uart:
    in al, dx
    test al, UART_LSR_THR_EMPTY
    jz .wait_uart
    pop ax
    mov dx, COM1_BASE + UART_DATA
    out dx, al
    jmp .next_char

halt_forever:
    cli
    hlt
    jmp halt_forever

disk_error_message: db "Ralph OS: disk read error, boot halted", 13, 10, 0

%include "disk.inc"

    times 510 - ($ - $$) db 0           ; fails to assemble if the code grows past 510
    dw 0xAA55                           ; boot signature the BIOS checks at offset 510
