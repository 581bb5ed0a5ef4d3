; stage2.asm - the Ralph OS loader (at most 32 KiB, LBA 1..64, runs at 0x7E00).
;
; stage1 jumps here in 16-bit real mode with DL = boot drive. Stage2 prints its progress
; on COM1 and then, in order:
;   1. turns on the A20 line                      (stage2_a20.inc)
;   2. reads the BIOS E820 memory map              (stage2_memory.inc)
;   3. loads every segment named in the image header to its address above 1 MiB and
;      checks its CRC-32                          (stage2_load.inc, stage2_crc.inc, disk.inc)
;   4. switches to VGA mode 13h if header flag bit 0 is set (needs the BIOS, so before 5)
;   5. fills BootInfo at 0x1000 for the kernel
;   6. builds identity page tables, enters long mode and jumps to the kernel
;                                                   (stage2_longmode.inc)
; The image header below is written by the image tool (RalphOS.Boot `build`/`set`); the
; tool finds it by its magic, so its position here is free (16-byte aligned).
;
; Built by RalphOS.Boot.csproj: nasm -f bin stage2.asm -o build/stage2.bin

%include "layout.inc"

bits 16
org STAGE2_ADDR

stage2_entry:
    jmp stage2_main

; ---------------------------------------------------------------- image header (256 bytes)
align 16, db 0
image_header:
    db "RALPHOS", 0                     ; HDR_MAGIC
    dw HDR_VERSION_1                    ; HDR_VERSION
    dw HDR_TOTAL_BYTES                  ; HDR_SIZE
    dd 0                                ; HDR_FLAGS
    dd 0                                ; HDR_SEGMENT_COUNT
    dd 0                                ; HDR_RESERVED
    times HDR_MAX_SEGMENTS * SEG_RECORD_BYTES db 0
    times HDR_CMDLINE_BYTES db 0
%if ($ - image_header) != HDR_TOTAL_BYTES
  %error "image header must be 256 bytes"
%endif

; The helpers come first so their macros (PRINT, PRINTLN) exist before the main flow.
%include "stage2_print.inc"
%include "stage2_a20.inc"
%include "stage2_memory.inc"
%include "disk.inc"
%include "stage2_crc.inc"
%include "stage2_load.inc"
%include "stage2_longmode.inc"

; ---------------------------------------------------------------- main flow
stage2_main:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, REAL_MODE_STACK_TOP
    sti
    cld
    mov [disk_boot_drive], dl

    call serial_init
    PRINT "stage2: Ralph OS loader, boot drive "
    movzx eax, byte [disk_boot_drive]
    call print_hex32
    PRINTLN ""

    call check_image_header
    call enable_a20
    call collect_e820
    call compute_mapped_size
    call disk_init
    jnc .disk_ready
    call panic_begin
    PRINTLN "stage2: cannot query the boot disk (int 13h), boot halted"
    jmp halt_forever
.disk_ready:
    call load_segments
    call set_video_mode
    call fill_boot_info
    PRINT "stage2: entering long mode, kernel at "
    mov eax, [kernel_entry]
    call print_hex32
    PRINTLN ""
    jmp enter_long_mode

; The tool writes version 1 and size 256; anything else means a stale or foreign image.
check_image_header:
    cmp word [image_header + HDR_VERSION], HDR_VERSION_1
    jne .bad
    cmp word [image_header + HDR_SIZE], HDR_TOTAL_BYTES
    jne .bad
    ret
.bad:
    call panic_begin
    PRINTLN "stage2: image header version or size is wrong (rebuild the image), boot halted"
    jmp halt_forever

; Mode 13h (320x200, 256 colours) when the header asks for it; text mode 3 otherwise.
; Either way the mode in effect is read back from the BIOS (int 10h AH=0Fh) for BootInfo.
set_video_mode:
    test dword [image_header + HDR_FLAGS], HDR_FLAG_VGA
    jz .read_mode
    mov ax, 0x0013                      ; int 10h AH=00h: set mode AL
    int 0x10
.read_mode:
    mov ah, 0x0F                        ; int 10h AH=0Fh: AL = current mode
    int 0x10
    and eax, 0x7F                       ; bit 7 = "screen not cleared" flag
    mov [video_mode], eax
    PRINT "stage2: video mode "
    call print_hex32
    PRINTLN ""
    ret

; BootInfo: the one structure the kernel gets (RDI). Layout in layout.inc (BI_*).
fill_boot_info:
    mov di, BOOTINFO_ADDR
    mov cx, BOOTINFO_SIZE / 2
    xor ax, ax
    rep stosw
    mov bx, BOOTINFO_ADDR
    mov dword [bx + BI_MAGIC], BOOTINFO_MAGIC
    mov dword [bx + BI_VERSION], BOOTINFO_VERSION_1
    movzx eax, byte [disk_boot_drive]
    mov [bx + BI_BOOT_DRIVE], eax
    mov eax, [image_header + HDR_FLAGS]
    mov [bx + BI_FLAGS], eax
    mov eax, [video_mode]
    mov [bx + BI_VIDEO_MODE], eax
    movzx eax, word [e820_count]
    mov [bx + BI_E820_COUNT], eax
    mov dword [bx + BI_E820_ADDRESS], E820_ADDR
    ; mapped bytes = GiB << 30, as a 64-bit value
    mov eax, [mapped_gib]
    mov edx, eax
    shl eax, 30
    shr edx, 2
    mov [bx + BI_MAPPED_BYTES], eax
    mov [bx + BI_MAPPED_BYTES + 4], edx
    mov dword [bx + BI_IMAGE_HEADER], image_header
    mov eax, [free_memory_start]
    mov [bx + BI_FREE_MEMORY_START], eax
    mov eax, [a20_method]
    mov [bx + BI_A20_METHOD], eax
    ret

video_mode: dd 0


%if ($ - $$) > STAGE2_MAX_BYTES
  %error "stage2 is larger than its 64 sectors"
%endif
